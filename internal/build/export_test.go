package build

// Patched reports whether a Builder made r by patching the last result (the
// fast path) rather than by a full rebuild.
func Patched(r *Result) bool { return r.touched != nil }

// CacheSizes counts what b keeps between rebuilds: conversions, rendered
// outputs, references to them, search index pages, minified bodies and
// kept partials.
func CacheSizes(b *Builder) [6]int {
	b.mu.Lock()
	defer b.mu.Unlock()
	outputs, refs, search, partials := b.st.renderCache.Size()
	return [6]int{b.st.siteCache.Len(), outputs, refs, search, len(b.st.minified), partials}
}

// ContentSize is how many bytes b's content store holds, and its bound.
func ContentSize(b *Builder) (size, bound int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.st.siteCache.Size(), b.st.siteCache.Bound()
}

// ContentShells is how many conversions in use b's content store holds only
// a shell of.
func ContentShells(b *Builder) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.st.siteCache.Shells()
}

// Converted counts the Markdown bodies b converted.
func Converted(b *Builder) int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.st.siteCache.Made()
}

// PartialsMade counts the partials b executed that it could have kept from
// an earlier pass (render.Cache.PartialsMade).
func PartialsMade(b *Builder) int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.st.renderCache.PartialsMade()
}

// MinifyAfter makes o build as before render.LoadMinified: layouts and
// Markdown HTML as written, each page minified after rendering.
func MinifyAfter(o *Options) { o.minifyAfter = true }

// Minify minifies body as the build minifies the output at path p.
func Minify(p string, body []byte) ([]byte, error) { return newMinifier().bytes(p, body) }

// ContentStore is b's content store, new when site.yaml's changes made it
// start again.
func ContentStore(b *Builder) any {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.st.siteCache
}
