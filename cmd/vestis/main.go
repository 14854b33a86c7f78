// Command vestis builds multilingual static sites of program publications.
//
//	vestis build [flags]   build the site into public/
//	vestis version         print the version
package main

import (
	"os"
	_ "time/tzdata" // site.yaml timeZone works on machines without a zone database
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
