package build

import (
	"errors"
	"io/fs"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/diag"
)

// BuildTo builds the site into the folder dest, as BuildInto does with the
// default safety: files vestis did not write are refused, .git is kept.
func BuildTo(o Options, dest string) (*Result, error) {
	return BuildInto(o, Output{Dir: dest})
}

// BuildInto builds the site straight into out.Dir, as `vestis build` does:
// each page is minified and written as soon as it is rendered, so memory holds
// the site's model but not its pages. Before any work it removes what killed
// builds left and refuses an output folder holding files vestis did not write
// (see Output). The files go into a fresh folder that replaces the output only
// when everything succeeded (see Output.swap), with a manifest of what was
// written. The result has no Files.
func BuildInto(o Options, out Output) (*Result, error) {
	// No site.yaml is said first: not a word about the output folder of a
	// folder that is no site (a Hugo site, whose public/ holds Hugo's build).
	if o.Site != nil {
		if _, err := fs.Stat(o.Site, "site.yaml"); errors.Is(err, fs.ErrNotExist) {
			_, err := config.Load(o.Site, "site.yaml")
			return nil, err
		}
	}
	dest, err := out.prepare()
	if err != nil {
		return nil, err
	}
	tmp, inside, err := out.newFolder(dest)
	if err != nil {
		return nil, err
	}
	release, _ := claim(tmp)
	defer release()
	sink, err := newDiskSink(tmp, out.Stop)
	if err != nil {
		removeTree(tmp)
		return nil, err
	}
	st := &state{opts: o, disk: sink}
	sink.st = st
	res, err := st.build(nil)
	if err == nil {
		err = sink.root.WriteFile(ManifestName, manifest(res.Paths), 0o644)
	}
	sink.close()
	if sink.stopped() != nil {
		err = &StoppedError{Dir: out.name()} // whatever the build was doing
	}
	if err != nil {
		removeTree(tmp)
		return nil, err
	}
	if err := out.swap(tmp, dest, inside); err != nil {
		if d, ok := err.(*diag.Diagnostic); ok && d.Severity == diag.Warning {
			res.Warnings = append(res.Warnings, d)
			return res, nil
		}
		return nil, err
	}
	return res, nil
}
