//go:build !linux

package serve

// beingWritten reports false: only Linux tells whether another program
// holds a file open for writing (writing_linux.go), so a save in parts is
// built as it is, and the server's retry after a failed build (settle)
// covers a short pause.
func beingWritten(string) bool { return false }

// beingReplaced reports false: the time of a backup's rename is read on
// Linux only (writing_linux.go); elsewhere a save by rename waits Grace.
func beingReplaced(string) bool { return false }
