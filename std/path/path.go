// Package path manipulates slash-separated paths (URLs, archive names):
// purely lexically, without looking at any file system.
package path

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// Clean returns the shortest path equal to p after, repeatedly: collapsing
// runs of slashes, dropping "." elements, dropping "x/.." pairs, and
// dropping ".." at the start of a rooted path. The empty path becomes ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	var out []string // the kept elements
	for _, elem := range strings.Split(p, "/") {
		switch {
		case elem == "" || elem == ".":
		case elem != "..":
			out = append(out, elem)
		case len(out) > 0 && out[len(out)-1] != "..":
			out = out[:len(out)-1]
		case !rooted:
			out = append(out, "..")
		}
	}
	s := strings.Join(out, "/")
	if rooted {
		return "/" + s
	}
	if s == "" {
		return "."
	}
	return s
}

// Split splits p after its last slash: dir ends in '/' unless empty.
func Split(p string) (dir, file string) {
	i := strings.LastIndex(p, "/")
	return p[:i+1], p[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result
// ("" if all are empty).
func Join(elem ...string) string {
	var b strings.Builder
	for _, e := range elem {
		if e == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('/')
		}
		b.WriteString(e)
	}
	if b.Len() == 0 {
		return ""
	}
	return Clean(b.String())
}

// Ext returns the extension of the last element: from its last '.' on.
func Ext(p string) string {
	for i := len(p) - 1; i >= 0 && p[i] != '/'; i-- {
		if p[i] == '.' {
			return p[i:]
		}
	}
	return ""
}

// Base returns the last element, trailing slashes removed; "" gives "."
// and a path of slashes gives "/".
func Base(p string) string {
	if p == "" {
		return "."
	}
	p = strings.TrimRight(p, "/")
	if p == "" {
		return "/"
	}
	return p[strings.LastIndex(p, "/")+1:]
}

// IsAbs reports whether p starts with a slash.
func IsAbs(p string) bool { return strings.HasPrefix(p, "/") }

// Dir returns all but the last element, cleaned.
func Dir(p string) string {
	dir, _ := Split(p)
	return Clean(dir)
}

// ErrBadPattern reports a malformed Match pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// Match reports whether name matches the shell pattern: '*' matches any
// run of non-slash characters, '?' one non-slash character, '[...]' a
// character class (ranges lo-hi, a leading '^' negates; a class may match
// a slash), '\\' escapes the next character. A malformed pattern gives
// ErrBadPattern.
//
// The pattern is a series of segments, each a run of stars followed by
// star-free text. Each segment takes the first place where its text
// matches (the leading stars may skip characters, but not a slash), and
// that choice is kept, as in Go: there is no backtracking.
func Match(pattern, name string) (matched bool, err error) {
	for pattern != "" {
		stars, text, rest := nextSegment(pattern)
		pattern = rest
		if stars && text == "" { // trailing stars take what is left of this element
			return !strings.Contains(name, "/"), nil
		}
		last := pattern == ""
		after, ok, err := matchText(text, name)
		if ok && (after == "" || !last) {
			name = after
			continue
		}
		if err != nil {
			return false, err
		}
		found := false
		for i := 0; stars && i < len(name) && name[i] != '/'; i++ {
			after, ok, err := matchText(text, name[i+1:])
			if ok && (after == "" || !last) {
				name, found = after, true
				break
			}
			if err != nil {
				return false, err
			}
		}
		if !found {
			return false, checkSegments(pattern)
		}
	}
	return name == "", nil
}

// nextSegment splits off the leading stars and the text up to the next
// star outside a class.
func nextSegment(pattern string) (stars bool, text, rest string) {
	for pattern != "" && pattern[0] == '*' {
		pattern, stars = pattern[1:], true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' && i+1 < len(pattern) {
			i++
		} else if c == '[' || c == ']' {
			inClass = c == '['
		} else if c == '*' && !inClass {
			break
		}
	}
	return stars, pattern[:i], pattern[i:]
}

// checkSegments reports a syntax error in what is left of a pattern.
func checkSegments(pattern string) error {
	for pattern != "" {
		var text string
		_, text, pattern = nextSegment(pattern)
		if _, _, err := matchText(text, ""); err != nil {
			return err
		}
	}
	return nil
}

// matchText matches star-free pattern text against the start of name and
// returns the rest of name. It reads the whole text even after a mismatch,
// so that a malformed text is always reported.
func matchText(text, name string) (rest string, ok bool, err error) {
	ok = true
	for text != "" {
		if ok && name == "" {
			ok = false
		}
		var n int
		var itemOK bool
		switch text[0] {
		case '[':
			var r rune
			size := 0
			if ok {
				r, size = utf8.DecodeRuneInString(name)
			}
			n, itemOK, err = matchClass(text, r)
			name = name[size:]
		case '?':
			n = 1
			if ok {
				_, size := utf8.DecodeRuneInString(name)
				itemOK = name[0] != '/'
				name = name[size:]
			}
		case '\\':
			if len(text) == 1 {
				return "", false, ErrBadPattern
			}
			n = 2
			if ok { // bytes are compared, as for literals
				itemOK = text[1] == name[0]
				name = name[1:]
			}
		default:
			n = 1
			if ok {
				itemOK = text[0] == name[0]
				name = name[1:]
			}
		}
		if err != nil {
			return "", false, err
		}
		ok = ok && itemOK
		text = text[n:]
	}
	return name, ok, nil
}

// matchClass matches r against the class at the start of text and returns
// the class's length.
func matchClass(text string, r rune) (n int, ok bool, err error) {
	i := 1
	negated := i < len(text) && text[i] == '^'
	if negated {
		i++
	}
	found := false
	for ranges := 0; ; ranges++ {
		if i < len(text) && text[i] == ']' && ranges > 0 {
			i++
			break
		}
		lo, w, err := classChar(text, i)
		if err != nil {
			return 0, false, err
		}
		i += w
		hi := lo
		if text[i] == '-' {
			if hi, w, err = classChar(text, i+1); err != nil {
				return 0, false, err
			}
			i += 1 + w
		}
		if lo <= r && r <= hi {
			found = true
		}
	}
	return i, found != negated, nil
}

// classChar reads one (possibly escaped) character of a class at text[i];
// the class must go on after it.
func classChar(text string, i int) (rune, int, error) {
	if i >= len(text) || text[i] == '-' || text[i] == ']' {
		return 0, 0, ErrBadPattern
	}
	start := i
	if text[i] == '\\' {
		if i++; i == len(text) {
			return 0, 0, ErrBadPattern
		}
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	if r == utf8.RuneError && size == 1 || i+size == len(text) {
		return 0, 0, ErrBadPattern
	}
	return r, i + size - start, nil
}
