package build

// Patched reports whether a Builder made r by patching the last result (the
// fast path) rather than by a full rebuild.
func Patched(r *Result) bool { return r.touched != nil }
