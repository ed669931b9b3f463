// Package strings manipulates UTF-8 encoded strings.
//
// gocc's version of Go's strings package. Title (deprecated) is omitted.
// Functions that look at runes treat each byte of invalid UTF-8 as one
// utf8.RuneError, as Go does.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int // indexbyte_amd64.s

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// rkBase is the multiplier of the Rabin-Karp rolling hash (arithmetic mod 2^32).
const rkBase = 16777619

// hashOf returns the hash of p and rkBase**len(p), the factor that removes
// the oldest byte from a rolling hash of that width.
func hashOf(p string) (h, pow uint32) {
	pow = 1
	for i := 0; i < len(p); i++ {
		h = h*rkBase + uint32(p[i])
		pow *= rkBase
	}
	return h, pow
}

// Index returns the index of the first substr in s, or -1. It runs in
// expected linear time (a rolling hash confirms candidates by comparison).
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n > len(s):
		return -1
	case n == len(s):
		if s == substr {
			return 0
		}
		return -1
	}
	// Candidates are the places of substr's first byte (IndexByte scans
	// 16 bytes at a time); when too many of them fail, Rabin-Karp bounds
	// the work on the rest.
	first, misses := substr[0], 0
	for i := 0; i+n <= len(s); i++ {
		j := IndexByte(s[i:len(s)-n+1], first)
		if j < 0 {
			return -1
		}
		i += j
		if s[i:i+n] == substr {
			return i
		}
		if misses++; misses > 4+i>>4 {
			if k := indexRabinKarp(s[i+1:], substr); k >= 0 {
				return i + 1 + k
			}
			return -1
		}
	}
	return -1
}

// indexRabinKarp finds substr (longer than one byte, not longer than s)
// with a rolling hash, in time linear in len(s).
func indexRabinKarp(s, substr string) int {
	n := len(substr)
	if n > len(s) {
		return -1
	}
	want, pow := hashOf(substr)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*rkBase + uint32(s[i])
	}
	for i := 0; ; i++ {
		if h == want && s[i:i+n] == substr {
			return i
		}
		if i+n >= len(s) {
			return -1
		}
		h = h*rkBase + uint32(s[i+n]) - pow*uint32(s[i])
	}
}

// LastIndex returns the index of the last substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, substr[0])
	case n > len(s):
		return -1
	case n == len(s):
		if s == substr {
			return 0
		}
		return -1
	}
	// The same rolling hash, over the reversed strings.
	var want, pow uint32 = 0, 1
	for i := n - 1; i >= 0; i-- {
		want = want*rkBase + uint32(substr[i])
		pow *= rkBase
	}
	var h uint32
	last := len(s) - n
	for i := len(s) - 1; i >= last; i-- {
		h = h*rkBase + uint32(s[i])
	}
	for i := last; ; i-- {
		if h == want && s[i:i+n] == substr {
			return i
		}
		if i == 0 {
			return -1
		}
		h = h*rkBase + uint32(s[i-1]) - pow*uint32(s[i+n-1])
	}
}

// IndexRune returns the index of the first r in s, or -1. For
// utf8.RuneError it finds the first invalid byte or encoded U+FFFD; an
// invalid rune is never found.
func IndexRune(s string, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	return Index(s, string(r))
}

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

// LastIndexFunc returns the index of the last rune of s satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		i -= n
		if f(r) {
			return i
		}
	}
	return -1
}

// IndexAny returns the index of the first rune of s that is in chars, or -1.
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, r := range s {
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars, or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	return LastIndexFunc(s, func(r rune) bool { return IndexRune(chars, r) >= 0 })
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// Count returns the number of non-overlapping substr in s; for an empty
// substr it is the number of runes plus one.
func Count(s, substr string) int {
	if substr == "" {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Compare returns -1, 0 or +1 as a < b, a == b or a > b.
func Compare(a, b string) int {
	switch {
	case a == b:
		return 0
	case a < b:
		return -1
	}
	return 1
}

// Cut slices s around the first sep: before, after, true; or s, "", false.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// explode splits s into its runes (each invalid byte becoming "\uFFFD"), at most n
// pieces when n > 0, the last holding the rest.
func explode(s string, n int) []string {
	count := utf8.RuneCountInString(s)
	if n < 0 || n > count {
		n = count
	}
	out := make([]string, n)
	for i := 0; i < n-1; i++ {
		r, w := utf8.DecodeRuneInString(s)
		out[i] = s[:w]
		if r == utf8.RuneError {
			out[i] = "\uFFFD" // an invalid byte comes out as the replacement character
		}
		s = s[w:]
	}
	if n > 0 {
		out[n-1] = s
	}
	return out
}

// split cuts s at each sep, keeping keep bytes of the separator at the end
// of each piece, into at most n pieces (n < 0: all).
func split(s, sep string, keep, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	out := make([]string, 0, n)
	for len(out) < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[:i+keep])
		s = s[i+len(sep):]
	}
	return append(out, s)
}

// Split slices s into the pieces between each sep. An empty sep splits
// after every rune.
func Split(s, sep string) []string { return split(s, sep, 0, -1) }

// SplitN is Split returning at most n pieces (n == 0: nil; n < 0: all).
func SplitN(s, sep string, n int) []string { return split(s, sep, 0, n) }

// SplitAfter is Split keeping each sep at the end of its piece.
func SplitAfter(s, sep string) []string { return split(s, sep, len(sep), -1) }

// SplitAfterN is SplitAfter returning at most n pieces.
func SplitAfterN(s, sep string, n int) []string { return split(s, sep, len(sep), n) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s string) []string {
	return FieldsFunc(s, unicode.IsSpace)
}

// FieldsFunc splits s around runs of runes satisfying f.
func FieldsFunc(s string, f func(rune) bool) []string {
	n := 0
	in := false
	for _, r := range s {
		sep := f(r)
		if !sep && !in {
			n++
		}
		in = !sep
	}
	out := make([]string, 0, n)
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// Join concatenates elems with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	var b Builder
	b.Grow(n)
	b.WriteString(elems[0])
	for _, e := range elems[1:] {
		b.WriteString(sep)
		b.WriteString(e)
	}
	return b.String()
}

// Repeat returns count copies of s. It panics when count is negative or
// the result would be too long.
func Repeat(s string, count int) string {
	if count == 0 {
		return ""
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}
	var b Builder
	b.Grow(len(s) * count)
	for i := 0; i < count; i++ {
		b.WriteString(s)
	}
	return b.String()
}

// Replace returns s with the first n non-overlapping old replaced by new
// (n < 0: all). An empty old matches at the start and after each rune.
func Replace(s, old, new string, n int) string {
	if old == new || n == 0 {
		return s
	}
	m := Count(s, old)
	if m == 0 {
		return s
	}
	if n < 0 || n > m {
		n = m
	}
	var b Builder
	b.Grow(len(s) + n*(len(new)-len(old)))
	pos := 0
	for k := 0; k < n; k++ {
		at := pos
		if old == "" {
			if k > 0 {
				_, w := utf8.DecodeRuneInString(s[pos:])
				at += w
			}
		} else {
			at += Index(s[pos:], old)
		}
		b.WriteString(s[pos:at])
		b.WriteString(new)
		pos = at + len(old)
	}
	b.WriteString(s[pos:])
	return b.String()
}

// ReplaceAll is Replace with n = -1.
func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

// Map returns s with every rune replaced by mapping(r); runes mapped to a
// negative value are dropped. Invalid bytes become U+FFFD. When nothing
// changes, s itself is returned.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	changed := false
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		m := mapping(r)
		if !changed && m == r && (r != utf8.RuneError || w != 1) {
			i += w
			continue
		}
		if !changed {
			b = make([]byte, 0, len(s)+utf8.UTFMax)
			b = append(b, s[:i]...)
			changed = true
		}
		if m >= 0 {
			b = utf8.AppendRune(b, m)
		}
		i += w
	}
	if !changed {
		return s
	}
	return string(b)
}

// asciiCase reports whether s is all ASCII and whether it has a byte in lo..hi.
func asciiCase(s string, lo, hi byte) (ascii, has bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if lo <= c && c <= hi {
			has = true
		}
	}
	return true, has
}

// shiftASCII returns the all-ASCII s with bytes in lo..hi moved by d.
func shiftASCII(s string, lo, hi byte, d int) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lo <= c && c <= hi {
			c = byte(int(c) + d)
		}
		b[i] = c
	}
	return string(b)
}

// ToUpper returns s with every letter mapped to upper case.
func ToUpper(s string) string {
	if ascii, has := asciiCase(s, 'a', 'z'); ascii {
		if !has {
			return s
		}
		return shiftASCII(s, 'a', 'z', 'A'-'a')
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns s with every letter mapped to lower case.
func ToLower(s string) string {
	if ascii, has := asciiCase(s, 'A', 'Z'); ascii {
		if !has {
			return s
		}
		return shiftASCII(s, 'A', 'Z', 'a'-'A')
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns s with every letter mapped to title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// EqualFold reports whether s and t are equal under simple Unicode case
// folding (each invalid byte is RuneError).
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		a, n := utf8.DecodeRuneInString(s)
		b, m := utf8.DecodeRuneInString(t)
		s, t = s[n:], t[m:]
		if a == b {
			continue
		}
		if a > b {
			a, b = b, a
		}
		if b < utf8.RuneSelf {
			if 'A' <= a && a <= 'Z' && b == a+'a'-'A' {
				continue
			}
			return false
		}
		// Walk a's fold orbit looking for b.
		f := unicode.SimpleFold(a)
		for f != a && f != b {
			f = unicode.SimpleFold(f)
		}
		if f != b {
			return false
		}
	}
	return s == t
}

// TrimLeftFunc drops the leading runes satisfying f.
func TrimLeftFunc(s string, f func(rune) bool) string {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !f(r) {
			return s[i:]
		}
		i += w
	}
	return ""
}

// TrimRightFunc drops the trailing runes satisfying f.
func TrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		if !f(r) {
			break
		}
		i -= w
	}
	return s[:i]
}

// TrimFunc drops leading and trailing runes satisfying f.
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace drops leading and trailing white space.
func TrimSpace(s string) string { return TrimFunc(s, unicode.IsSpace) }

func inCutset(cutset string) func(rune) bool {
	return func(r rune) bool { return IndexRune(cutset, r) >= 0 }
}

// Trim drops leading and trailing runes contained in cutset.
func Trim(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimFunc(s, inCutset(cutset))
}

// TrimLeft drops leading runes contained in cutset.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimLeftFunc(s, inCutset(cutset))
}

// TrimRight drops trailing runes contained in cutset.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	return TrimRightFunc(s, inCutset(cutset))
}

// TrimPrefix drops prefix from the start of s if it is there.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix drops suffix from the end of s if it is there.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// Clone returns a fresh copy of s (so that a small piece of a large string
// can outlive it without keeping it alive).
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return string(b)
}

// ToValidUTF8 returns s with each run of invalid UTF-8 bytes replaced by
// replacement (which may be empty).
func ToValidUTF8(s, replacement string) string {
	var b []byte
	inBad := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			inBad = false
			i++
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		if w == 1 { // invalid byte
			if !inBad {
				b = append(b, replacement...)
				inBad = true
			}
			i++
			continue
		}
		b = append(b, s[i:i+w]...)
		inBad = false
		i += w
	}
	return string(b)
}
