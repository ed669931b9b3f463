// bytes.go - the byte-slice functions of package bytes (Go 1.19 behaviour):
// searching is done on the bytes themselves, results that Go returns as
// sub-slices of the input are sub-slices here too.
package bytes

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// asString views b as a string without copying, for the searches that
// package strings does fast (IndexByte in SSE2 assembly); the string
// does not outlive the call.
func asString(b []byte) string { return *(*string)(unsafe.Pointer(&b)) }

func Equal(a, b []byte) bool { return string(a) == string(b) }

func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return 1
	}
	return 0
}

func IndexByte(b []byte, c byte) int { return strings.IndexByte(asString(b), c) }

func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func Index(s, sep []byte) int { return strings.Index(asString(s), asString(sep)) }

func LastIndex(s, sep []byte) int { return strings.LastIndex(asString(s), asString(sep)) }

func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			c, n := utf8.DecodeRune(s[i:])
			if c == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var b [4]byte
	n := utf8.EncodeRune(b[:], r)
	return Index(s, b[:n])
}

func IndexAny(s []byte, chars string) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		for _, c := range chars {
			if c == r {
				return i
			}
		}
		i += n
	}
	return -1
}

func IndexFunc(s []byte, f func(rune) bool) int { return indexFunc(s, f, true) }

func indexFunc(s []byte, f func(rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if f(r) == truth {
			return i
		}
		i += n
	}
	return -1
}

func lastIndexFunc(s []byte, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRune(s[:i])
		i -= n
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s []byte, f func(rune) bool) int { return lastIndexFunc(s, f, true) }

func Contains(b, sub []byte) bool             { return Index(b, sub) >= 0 }
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }
func ContainsRune(b []byte, r rune) bool      { return IndexRune(b, r) >= 0 }

func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && string(s[:len(prefix)]) == string(prefix)
}

func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && string(s[len(s)-len(suffix):]) == string(suffix)
}

func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

func explode(s []byte, n int) [][]byte {
	if c := utf8.RuneCount(s); n <= 0 || n > c {
		n = c
	}
	a := make([][]byte, n)
	for i := 0; i < n-1; i++ {
		_, size := utf8.DecodeRune(s)
		a[i] = s[:size:size]
		s = s[size:]
	}
	if n > 0 {
		a[n-1] = s
	}
	return a
}

func genSplit(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	a := make([][]byte, n)
	n--
	i := 0
	for i < n {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+keep : m+keep]
		s = s[m+len(sep):]
		i++
	}
	a[i] = s
	return a[:i+1]
}

func Split(s, sep []byte) [][]byte              { return genSplit(s, sep, 0, -1) }
func SplitN(s, sep []byte, n int) [][]byte      { return genSplit(s, sep, 0, n) }
func SplitAfter(s, sep []byte) [][]byte         { return genSplit(s, sep, len(sep), -1) }
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }
func Fields(s []byte) [][]byte                  { return FieldsFunc(s, unicode.IsSpace) }

func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	a := make([][]byte, 0)
	start := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				a = append(a, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += n
	}
	if start >= 0 {
		a = append(a, s[start:len(s):len(s)])
	}
	return a
}

func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, v := range s {
		n += len(v)
	}
	b := make([]byte, 0, n)
	for i, v := range s {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, v...)
	}
	return b
}

func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	} else if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	nb := make([]byte, 0, len(b)*count)
	for i := 0; i < count; i++ {
		nb = append(nb, b...)
	}
	return nb
}

func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, 0, len(s)+n*(len(new)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, wid := utf8.DecodeRune(s[start:])
				j += wid
			}
		} else {
			j += Index(s[start:], old)
		}
		t = append(t, s[start:j]...)
		t = append(t, new...)
		start = j + len(old)
	}
	return append(t, s[start:]...)
}

func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRune(s[i:])
		i += n
		if r = mapping(r); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

func ToUpper(s []byte) []byte { return Map(unicode.ToUpper, s) }
func ToLower(s []byte) []byte { return Map(unicode.ToLower, s) }
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		r1, n1 := utf8.DecodeRune(s)
		r2, n2 := utf8.DecodeRune(t)
		s, t = s[n1:], t[n2:]
		if r1 == r2 {
			continue
		}
		r := unicode.SimpleFold(r1)
		for r != r1 && r != r2 {
			r = unicode.SimpleFold(r)
		}
		if r != r2 {
			return false
		}
	}
	return len(s) == len(t)
}

func TrimLeftFunc(s []byte, f func(rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i == -1 {
		return nil
	}
	return s[i:]
}

func TrimRightFunc(s []byte, f func(rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 {
		_, n := utf8.DecodeRune(s[i:])
		i += n
	} else {
		i++
	}
	return s[0:i]
}

func TrimFunc(s []byte, f func(rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func TrimSpace(s []byte) []byte {
	t := TrimFunc(s, unicode.IsSpace)
	if len(t) == 0 {
		return nil
	}
	return t
}

func inSet(cutset string) func(rune) bool {
	return func(r rune) bool {
		for _, c := range cutset {
			if c == r {
				return true
			}
		}
		return false
	}
}

func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimFunc(s, inSet(cutset))
}

func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeftFunc(s, inSet(cutset))
}

func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	return TrimRightFunc(s, inSet(cutset))
}

func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	i := 0
	for len(s) > 0 {
		r, l := utf8.DecodeRune(s)
		t[i] = r
		i++
		s = s[l:]
	}
	return t
}
