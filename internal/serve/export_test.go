package serve

// SetWait replaces how s lets a failed save settle, so that a test can finish
// writing the file exactly then.
func SetWait(s *Server, wait func()) { s.wait = wait }
