//go:build !unix

package build

import "os"

// topFolder is the handle on the output folder root: os.Root's own, which
// outDir.close leaves open.
func topFolder(root *os.Root) folder { return keptRoot{rootFolder{root}} }
