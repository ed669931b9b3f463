// Package unicode classifies code points and maps them between cases.
//
// gocc's version of Go's unicode package. The answers come from tables.go,
// which std/unicode/gen generates from Go's own behaviour; this file only
// knows how to search them. Range tables (unicode.Letter, unicode.In, ...)
// are not provided.
package unicode

const (
	MaxRune         = '\U0010FFFF' // largest valid code point
	ReplacementChar = '\uFFFD'     // stands for an invalid code point
	MaxASCII        = '\u007F'     // largest ASCII value
	MaxLatin1       = '\u00FF'     // largest Latin-1 value
)

// Case selectors for To.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// inTable reports whether r is in a table of (lo, hi, stride) triples sorted by lo.
func inTable(t []uint32, r rune) bool {
	if r < 0 || r > MaxRune {
		return false
	}
	u := uint32(r)
	lo, hi := 0, len(t)/3
	for lo < hi { // find the first triple with lo > u
		m := int(uint(lo+hi) >> 1)
		if t[3*m] <= u {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return false
	}
	i := 3 * (lo - 1)
	return u <= t[i+1] && (u-t[i])%t[i+2] == 0
}

// IsLetter reports whether r is a letter (category L).
func IsLetter(r rune) bool {
	if uint32(r) < 0x80 {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return inTable(letterTable, r)
}

// IsDigit reports whether r is a decimal digit (category Nd).
func IsDigit(r rune) bool {
	if uint32(r) < 0x80 {
		return r >= '0' && r <= '9'
	}
	return inTable(digitTable, r)
}

// IsNumber reports whether r is a number (category N).
func IsNumber(r rune) bool { return inTable(numberTable, r) }

// IsSpace reports whether r is white space: '\t', '\n', '\v', '\f', '\r', ' ',
// U+0085, U+00A0 and the other White_Space code points.
func IsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	if uint32(r) < 0x80 {
		return false
	}
	return inTable(spaceTable, r)
}

// IsUpper reports whether r is an upper case letter.
func IsUpper(r rune) bool {
	if uint32(r) < 0x80 {
		return r >= 'A' && r <= 'Z'
	}
	return inTable(upperTable, r)
}

// IsLower reports whether r is a lower case letter.
func IsLower(r rune) bool {
	if uint32(r) < 0x80 {
		return r >= 'a' && r <= 'z'
	}
	return inTable(lowerTable, r)
}

// IsTitle reports whether r is a title case letter.
func IsTitle(r rune) bool { return inTable(titleTable, r) }

// IsPunct reports whether r is punctuation (category P).
func IsPunct(r rune) bool { return inTable(punctTable, r) }

// IsMark reports whether r is a mark (category M).
func IsMark(r rune) bool { return inTable(markTable, r) }

// IsSymbol reports whether r is a symbol (category S).
func IsSymbol(r rune) bool { return inTable(symbolTable, r) }

// IsGraphic reports whether r is graphic: a letter, mark, number, punctuation,
// symbol or space character (Zs).
func IsGraphic(r rune) bool { return inTable(graphicTable, r) }

// IsPrint reports whether r is printable as Go defines it: like IsGraphic,
// but the only space character allowed is U+0020.
func IsPrint(r rune) bool {
	if uint32(r) < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	return inTable(printTable, r)
}

// IsControl reports whether r is a control character (C0 or C1: U+0000-U+001F,
// U+007F-U+009F). Other format characters (category Cf) are not included.
func IsControl(r rune) bool {
	return uint32(r) < 0x20 || (r >= 0x7F && r <= 0x9F)
}

// caseRow returns the index of the caseTable row covering r, or -1.
func caseRow(r rune) int {
	const w = 6
	lo, hi := 0, len(caseTable)/w
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if caseTable[w*m] <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 || r > caseTable[w*(lo-1)+1] {
		return -1
	}
	return w * (lo - 1)
}

// To maps r to the case c (UpperCase, LowerCase or TitleCase).
func To(c int, r rune) rune {
	if c < 0 || c >= MaxCase {
		return ReplacementChar
	}
	i := caseRow(r)
	if i < 0 {
		return r
	}
	if caseTable[i+2] == 1 { // alternating upper/lower pairs
		upper := (r-caseTable[i])%2 == 0
		switch {
		case c == LowerCase && upper:
			return r + 1
		case c != LowerCase && !upper:
			return r - 1
		}
		return r
	}
	return r + caseTable[i+3+c]
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if uint32(r) < 0x80 {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(UpperCase, r)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if uint32(r) < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	return To(LowerCase, r)
}

// ToTitle maps r to title case.
func ToTitle(r rune) rune {
	if uint32(r) < 0x80 {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	return To(TitleCase, r)
}

// SimpleFold walks the orbit of code points that are equal under simple case
// folding: it returns the smallest member greater than r, or the smallest
// member when r is the largest. Code points with no other case return
// themselves; invalid ones are returned unchanged.
func SimpleFold(r rune) rune {
	if r < 0 || r > MaxRune {
		return r
	}
	lo, hi := 0, len(foldTable)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if foldTable[2*m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(foldTable)/2 && foldTable[2*lo] == r {
		return foldTable[2*lo+1]
	}
	if l := ToLower(r); l != r {
		return l
	}
	return ToUpper(r)
}
