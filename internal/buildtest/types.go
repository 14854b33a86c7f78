package buildtest

import vestis "github.com/vestis-ssg/vestis"

// ExampleTypes is the types block of the example site's site.yaml (news,
// programs, projects), for test sites that have pages of those sections.
var ExampleTypes = vestis.ExampleTypes()
