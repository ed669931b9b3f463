// Replacer: many old→new replacements in one pass.

package strings

import "io"

// A Replacer replaces a list of strings with replacements. It is safe for
// concurrent use once made.
type Replacer struct {
	old, new []string
	byFirst  [256][]int // indexes of the non-empty old strings, by first byte, in argument order
	empty    int        // index of the first empty old string, or -1
}

// NewReplacer returns a Replacer for the pairs old1, new1, old2, new2, ...
// At each position of the input the first pair (in argument order) whose old
// string matches there wins; matches never overlap. It panics when given an
// odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		k := len(r.old)
		r.old = append(r.old, oldnew[i])
		r.new = append(r.new, oldnew[i+1])
		if oldnew[i] == "" {
			if r.empty < 0 {
				r.empty = k
			}
			continue
		}
		c := oldnew[i][0]
		r.byFirst[c] = append(r.byFirst[c], k)
	}
	return r
}

// match returns the index of the pair that applies at s[i:], or -1.
// An empty old string may not match twice in a row at one position.
func (r *Replacer) match(s string, i int, noEmpty bool) int {
	best := -1
	if i < len(s) {
		for _, k := range r.byFirst[s[i]] {
			if HasPrefix(s[i:], r.old[k]) {
				best = k
				break
			}
		}
	}
	if r.empty >= 0 && !noEmpty && (best < 0 || r.empty < best) {
		best = r.empty
	}
	return best
}

// Replace returns s with all replacements done.
func (r *Replacer) Replace(s string) string {
	var b Builder
	changed := false
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		k := r.match(s, i, prevEmpty)
		if k < 0 {
			prevEmpty = false
			if i == len(s) {
				break
			}
			i++ // byte by byte, even inside a multi-byte rune, as Go does
			continue
		}
		prevEmpty = r.old[k] == ""
		b.WriteString(s[last:i])
		b.WriteString(r.new[k])
		changed = true
		i += len(r.old[k])
		last = i
	}
	if !changed {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// WriteString writes r.Replace(s) to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
