//go:build !linux

package build

import (
	"os"
	"time"
)

// exchange is not available: swapFolder renames twice instead.
func exchange(a, b string) error { return errNoExchange }

// mountPoint is not detected on this system.
func mountPoint(dir, parent string) bool { return false }

// claim takes a leftover folder only when nothing changed in it for a minute,
// as there is no lock to ask.
func claim(dir string) (release func(), ok bool) {
	info, err := os.Stat(dir)
	if err != nil || time.Since(info.ModTime()) < time.Minute {
		return func() {}, false
	}
	return func() {}, true
}
