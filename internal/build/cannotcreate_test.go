package build

import (
	"io/fs"
	"strings"
	"syscall"
	"testing"
)

// TestCannotCreate: the folder a build is written into that the system
// will not make is said in words, naming the folder to change and not
// the hidden folder vestis writes first (/proc/.x.new-563708236).
func TestCannotCreate(t *testing.T) {
	o := Output{Dir: "/proc/x"}
	tests := []struct {
		err  error
		want string
	}{
		{&fs.PathError{Op: "mkdir", Path: "/proc/.x.new-563708236", Err: syscall.ENOENT},
			"/proc/x: vestis cannot create folders in /proc (the system says no such folder can be made there), where it writes the new build before it replaces /proc/x/; choose another output folder with --destination"},
		{&fs.PathError{Op: "mkdir", Path: "/srv/.x.new-1", Err: syscall.EACCES},
			"/proc/x: vestis may not create folders in /srv (permission denied)"},
	}
	for _, tt := range tests {
		got := o.cannotCreate(tt.err).Error()
		if !strings.HasPrefix(got, tt.want) || strings.Contains(got, ".new-") {
			t.Errorf("cannotCreate(%v) = %q, want %q", tt.err, got, tt.want)
		}
	}
}
