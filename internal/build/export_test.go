package build

// Patched reports whether a Builder made r by patching the last result (the
// fast path) rather than by a full rebuild.
func Patched(r *Result) bool { return r.touched != nil }

// CacheSizes counts what b keeps between rebuilds: conversions, rendered
// outputs, references to them, search index pages and minified bodies.
func CacheSizes(b *Builder) [5]int {
	b.mu.Lock()
	defer b.mu.Unlock()
	outputs, refs, search := b.st.renderCache.Size()
	return [5]int{b.st.siteCache.Len(), outputs, refs, search, len(b.st.minified)}
}
