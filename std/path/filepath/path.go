// Package filepath manipulates file names the way the target system spells
// them. On Linux the separator is '/', so most of it is package path; what
// is added is relative paths (Rel), lists (SplitList) and the separators.
// Functions that touch the file system (Abs, Walk, Glob, EvalSymlinks) are
// not provided yet.
package filepath

import (
	"errors"
	"path"
	"strings"
)

const (
	Separator     = '/' // the file name separator
	ListSeparator = ':' // the separator of PATH-style lists
)

// ErrBadPattern reports a malformed Match pattern (a value of its own, not
// path.ErrBadPattern, as in Go).
var ErrBadPattern = errors.New("syntax error in pattern")

// Match is path.Match, reporting this package's ErrBadPattern.
func Match(pattern, name string) (bool, error) {
	m, err := path.Match(pattern, name)
	if err == path.ErrBadPattern {
		err = ErrBadPattern
	}
	return m, err
}

func Clean(p string) string             { return path.Clean(p) }
func Split(p string) (dir, file string) { return path.Split(p) }
func Join(elem ...string) string        { return path.Join(elem...) }
func Ext(p string) string               { return path.Ext(p) }
func Base(p string) string              { return path.Base(p) }
func Dir(p string) string               { return path.Dir(p) }
func IsAbs(p string) bool               { return path.IsAbs(p) }

// ToSlash and FromSlash convert between '/' and Separator (the same here).
func ToSlash(p string) string   { return p }
func FromSlash(p string) string { return p }

// VolumeName is "" on Linux, which has no volume names.
func VolumeName(p string) string { return "" }

// SplitList splits a PATH-style list; the empty string gives no elements.
func SplitList(list string) []string {
	if list == "" {
		return []string{}
	}
	return strings.Split(list, string(ListSeparator))
}

// Rel returns a relative path that names target when joined to base, by
// cleaning both, dropping their common leading elements, and climbing out
// of what is left of base with "..". Both must be absolute or both
// relative, and base must not climb above its start with "..".
func Rel(basepath, targpath string) (string, error) {
	base, targ := Clean(basepath), Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}

	if IsAbs(base) != IsAbs(targ) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	b, t := elements(base), elements(targ)
	common := 0
	for common < len(b) && common < len(t) && b[common] == t[common] {
		common++
	}
	rest := b[common:]
	if len(rest) > 0 && rest[0] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	var out []string
	for range rest {
		out = append(out, "..")
	}
	out = append(out, t[common:]...)
	if len(out) == 0 {
		return ".", nil
	}
	return strings.Join(out, "/"), nil
}

// elements lists the names of a cleaned path ("/a/b" and "a/b" both give
// a, b; "" and "/" give none).
func elements(p string) []string {
	p = strings.Trim(p, "/")
	if p == "" {
		return nil
	}
	return strings.Split(p, "/")
}
