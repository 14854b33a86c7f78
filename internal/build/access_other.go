//go:build !unix

package build

// changeable is not checked on this system: a build that may not replace the
// previous output fails when it tries, leaving the previous output as it was.
func changeable(dir string) error { return nil }

// readOnlyFS is not told apart on this system.
func readOnlyFS(err error) bool { return false }
