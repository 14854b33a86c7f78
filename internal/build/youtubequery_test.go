package build_test

import (
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestYouTubeIDWithQuery: id="ID?mute=1" makes links with one "?".
func TestYouTubeIDWithQuery(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+fixture(t, "youtube-query"))
	b.AssertFile("lv/jaunumi/a/index.html",
		`href="https://www.youtube.com/watch?v=abcDEF12345&amp;mute=1" data-video-src="https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1&amp;mute=1"`,
		`href="https://www.youtube.com/watch?v=abcDEF12345" data-video-src="https://www.youtube-nocookie.com/embed/abcDEF12345?autoplay=1"`)
}
