// Quoting and unquoting Go string and rune literals.

package strconv

import (
	"unicode"
	"unicode/utf8"
)

const hexDigits = "0123456789abcdef"

// IsPrint reports whether r is printable as Go defines it (the same set as
// unicode.IsPrint: letters, marks, numbers, punctuation, symbols, and U+0020).
func IsPrint(r rune) bool { return unicode.IsPrint(r) }

// IsGraphic is IsPrint plus the other space characters of category Zs.
func IsGraphic(r rune) bool { return unicode.IsGraphic(r) }

// escapeRune appends r as it appears inside a literal delimited by quote.
// asciiOnly escapes everything outside printable ASCII; graphic lets
// non-ASCII spaces through unescaped.
func escapeRune(buf []byte, r rune, quote byte, asciiOnly, graphic bool) []byte {
	if r == rune(quote) || r == '\\' {
		return append(buf, '\\', byte(r))
	}
	if asciiOnly {
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(buf, byte(r))
		}
	} else if IsPrint(r) || graphic && IsGraphic(r) {
		return utf8.AppendRune(buf, r)
	}
	switch r {
	case '\a':
		return append(buf, `\a`...)
	case '\b':
		return append(buf, `\b`...)
	case '\f':
		return append(buf, `\f`...)
	case '\n':
		return append(buf, `\n`...)
	case '\r':
		return append(buf, `\r`...)
	case '\t':
		return append(buf, `\t`...)
	case '\v':
		return append(buf, `\v`...)
	}
	switch {
	case r < ' ' || r == 0x7F:
		return append(buf, '\\', 'x', hexDigits[byte(r)>>4], hexDigits[byte(r)&0xF])
	case !utf8.ValidRune(r):
		r = utf8.RuneError
	}
	if r < 0x10000 {
		buf = append(buf, '\\', 'u')
		for s := 12; s >= 0; s -= 4 {
			buf = append(buf, hexDigits[r>>uint(s)&0xF])
		}
		return buf
	}
	buf = append(buf, '\\', 'U')
	for s := 28; s >= 0; s -= 4 {
		buf = append(buf, hexDigits[r>>uint(s)&0xF])
	}
	return buf
}

// appendQuoted appends s as a literal delimited by quote; each invalid
// UTF-8 byte becomes a \x escape.
func appendQuoted(buf []byte, s string, quote byte, asciiOnly, graphic bool) []byte {
	buf = append(buf, quote)
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if r == utf8.RuneError && w == 1 {
			buf = append(buf, '\\', 'x', hexDigits[s[i]>>4], hexDigits[s[i]&0xF])
		} else {
			buf = escapeRune(buf, r, quote, asciiOnly, graphic)
		}
		i += w
	}
	return append(buf, quote)
}

func appendQuotedRune(buf []byte, r rune, asciiOnly, graphic bool) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	buf = append(buf, '\'')
	buf = escapeRune(buf, r, '\'', asciiOnly, graphic)
	return append(buf, '\'')
}

// Quote returns s as a double-quoted Go string literal, escaping control
// characters and non-printable runes.
func Quote(s string) string { return string(appendQuoted(nil, s, '"', false, false)) }

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', false, false) }

// QuoteToASCII is Quote escaping every rune outside printable ASCII.
func QuoteToASCII(s string) string { return string(appendQuoted(nil, s, '"', true, false)) }

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', true, false) }

// QuoteToGraphic is Quote leaving graphic runes (IsGraphic) unescaped.
func QuoteToGraphic(s string) string { return string(appendQuoted(nil, s, '"', false, true)) }

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte { return appendQuoted(dst, s, '"', false, true) }

// QuoteRune returns r as a single-quoted Go rune literal; an invalid rune
// is quoted as U+FFFD.
func QuoteRune(r rune) string { return string(appendQuotedRune(nil, r, false, false)) }

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, false, false) }

// QuoteRuneToASCII is QuoteRune escaping everything outside printable ASCII.
func QuoteRuneToASCII(r rune) string { return string(appendQuotedRune(nil, r, true, false)) }

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte { return appendQuotedRune(dst, r, true, false) }

// QuoteRuneToGraphic is QuoteRune leaving graphic runes unescaped.
func QuoteRuneToGraphic(r rune) string { return string(appendQuotedRune(nil, r, false, true)) }

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, false, true)
}

// CanBackquote reports whether s can be written as a raw (backquoted) string
// literal unchanged: valid UTF-8 with no control characters other than tab,
// no backquote and no byte order mark.
func CanBackquote(s string) bool {
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		s = s[w:]
		if w > 1 {
			if r == '\uFEFF' {
				return false
			}
			continue
		}
		if r == utf8.RuneError || r < ' ' && r != '\t' || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

func hexVal(c byte) (rune, bool) {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0'), true
	case 'a' <= lower(c) && lower(c) <= 'f':
		return rune(lower(c)-'a') + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character or escape sequence of s, the
// inside of a literal delimited by quote. multibyte says whether value must
// be written as UTF-8 (false: it is a single byte, as from \x or \377).
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if s == "" {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	switch {
	case c == quote && (quote == '\'' || quote == '"'):
		return 0, false, "", ErrSyntax
	case c >= utf8.RuneSelf:
		r, w := utf8.DecodeRuneInString(s)
		return r, true, s[w:], nil
	case c != '\\':
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	c = s[1]
	s = s[2:]
	switch c {
	case 'a':
		value = '\a'
	case 'b':
		value = '\b'
	case 'f':
		value = '\f'
	case 'n':
		value = '\n'
	case 'r':
		value = '\r'
	case 't':
		value = '\t'
	case 'v':
		value = '\v'
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < n; j++ {
			v, ok := hexVal(s[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			value = value<<4 | v
		}
		s = s[n:]
		if c != 'x' {
			if !utf8.ValidRune(value) {
				return 0, false, "", ErrSyntax
			}
			multibyte = true
		}
	case '0', '1', '2', '3', '4', '5', '6', '7':
		value = rune(c - '0')
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		for j := 0; j < 2; j++ {
			if s[j] < '0' || s[j] > '7' {
				return 0, false, "", ErrSyntax
			}
			value = value<<3 | rune(s[j]-'0')
		}
		s = s[2:]
		if value > 255 {
			return 0, false, "", ErrSyntax
		}
	case '\\':
		value = '\\'
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		value = rune(c)
	default:
		return 0, false, "", ErrSyntax
	}
	return value, multibyte, s, nil
}

// unquotePrefix reads the literal at the start of in. It returns the
// literal's value (when decode is set) or its text, and what follows it.
func unquotePrefix(in string, decode bool) (out, rest string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	q := in[0]
	end := indexByte(in[1:], q)
	if end < 0 {
		return "", in, ErrSyntax
	}
	end += 2 // just past the first closing quote; escapes may move it
	switch q {
	case '`':
		raw := in[1 : end-1]
		switch {
		case !decode:
			out = in[:end]
		case indexByte(raw, '\r') < 0:
			out = raw
		default: // carriage returns are dropped from raw literals
			b := make([]byte, 0, len(raw))
			for i := 0; i < len(raw); i++ {
				if raw[i] != '\r' {
					b = append(b, raw[i])
				}
			}
			out = string(b)
		}
		return out, in[end:], nil
	case '"', '\'':
	default:
		return "", in, ErrSyntax
	}
	// The common case: no escapes or newlines before the first closing quote.
	body := in[1 : end-1]
	if indexByte(body, '\\') < 0 && indexByte(body, '\n') < 0 {
		ok := false
		if q == '"' {
			ok = utf8.ValidString(body)
		} else {
			r, w := utf8.DecodeRuneInString(body)
			ok = w == len(body) && (r != utf8.RuneError || w != 1)
		}
		if ok {
			if decode {
				return body, in[end:], nil
			}
			return in[:end], in[end:], nil
		}
	}
	start := in
	in = in[1:]
	var buf []byte
	for len(in) > 0 && in[0] != q {
		if in[0] == '\n' {
			return "", start, ErrSyntax
		}
		r, multi, rest, err := UnquoteChar(in, q)
		if err != nil {
			return "", start, ErrSyntax
		}
		in = rest
		if decode {
			if multi {
				buf = utf8.AppendRune(buf, r)
			} else {
				buf = append(buf, byte(r))
			}
		}
		if q == '\'' { // a rune literal holds exactly one character
			break
		}
	}
	if len(in) == 0 || in[0] != q {
		return "", start, ErrSyntax
	}
	in = in[1:]
	if decode {
		return string(buf), in, nil
	}
	return start[:len(start)-len(in)], in, nil
}

// indexByte returns the index of the first c in s, or -1 (strconv does
// not import strings, which is above it in the package graph).
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Unquote returns the value of the Go string, rune or raw string literal s.
// A single-quoted s must hold exactly one character.
func Unquote(s string) (string, error) {
	out, rest, err := unquotePrefix(s, true)
	if len(rest) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted literal at the start of s.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquotePrefix(s, false)
	return out, err
}
