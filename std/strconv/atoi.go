// Package strconv converts between strings and numbers, booleans and quoted
// string literals.
//
// gocc's version of Go's strconv. Provided: Atoi/Itoa, Parse{Int,Uint,Bool,Float},
// Format{Int,Uint,Bool,Float}, the Append forms, Quote* / Unquote* /
// QuotedPrefix / CanBackquote / IsPrint / IsGraphic. Not provided: complex
// numbers (ParseComplex, FormatComplex).
package strconv

import "errors"

// ErrRange means a value does not fit in the requested type.
var ErrRange = errors.New("value out of range")

// ErrSyntax means the input does not have the right syntax.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the function that failed: "ParseBool", "ParseInt", ...
	Num  string // its input
	Err  error  // why: ErrRange, ErrSyntax, or another error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// IntSize is the size in bits of an int or uint.
const IntSize = 64

func syntaxErr(fn, s string) *NumError { return &NumError{fn, s, ErrSyntax} }
func rangeErr(fn, s string) *NumError  { return &NumError{fn, s, ErrRange} }

func baseErr(fn, s string, base int) *NumError {
	return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
}

func bitSizeErr(fn, s string, bitSize int) *NumError {
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

func lower(c byte) byte { return c | 0x20 }

// digitVal returns the value of c as a digit in bases up to 36, or 36 when
// c is not a digit at all.
func digitVal(c byte) uint64 {
	switch {
	case '0' <= c && c <= '9':
		return uint64(c - '0')
	case 'a' <= lower(c) && lower(c) <= 'z':
		return uint64(lower(c)-'a') + 10
	}
	return 36
}

// underscoresOK checks Go's literal rule for '_': each one must sit between
// two digits, or between the base prefix and a digit. s may start with a sign.
func underscoresOK(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	prev := byte('^') // '^' start, '0' digit or prefix, '_' underscore, '!' anything else
	i := 0
	hex := false
	if len(s) >= 2 && s[0] == '0' {
		if p := lower(s[1]); p == 'b' || p == 'o' || p == 'x' {
			i = 2
			prev = '0'
			hex = p == 'x'
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' || hex && 'a' <= lower(c) && lower(c) <= 'f' {
			prev = '0'
			continue
		}
		if c == '_' {
			if prev != '0' {
				return false
			}
			prev = '_'
			continue
		}
		if prev == '_' {
			return false
		}
		prev = '!'
	}
	return prev != '_'
}

// ParseUint is ParseInt for unsigned numbers; a sign is not accepted.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxErr(fn, s)
	}
	orig := s
	prefixed := base == 0
	switch {
	case base == 0:
		base = 10
		if s[0] == '0' {
			switch {
			case len(s) >= 3 && lower(s[1]) == 'b':
				base, s = 2, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'o':
				base, s = 8, s[2:]
			case len(s) >= 3 && lower(s[1]) == 'x':
				base, s = 16, s[2:]
			default:
				base, s = 8, s[1:]
			}
		}
	case base < 2 || base > 36:
		return 0, baseErr(fn, orig, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeErr(fn, orig, bitSize)
	}
	b := uint64(base)
	limit := ^uint64(0)/b + 1 // n >= limit means n*b overflows
	max := uint64(1)<<uint(bitSize) - 1
	sawUnderscore := false
	var n uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && prefixed {
			sawUnderscore = true
			continue
		}
		d := digitVal(c)
		if d >= b {
			return 0, syntaxErr(fn, orig)
		}
		if n >= limit {
			return max, rangeErr(fn, orig)
		}
		n *= b
		next := n + d
		if next < n || next > max {
			return max, rangeErr(fn, orig)
		}
		n = next
	}
	if sawUnderscore && !underscoresOK(orig) {
		return 0, syntaxErr(fn, orig)
	}
	return n, nil
}

// ParseInt interprets s in the given base (0, or 2 to 36) and returns the
// value if it fits in bitSize bits (0 meaning int). With base 0 the base
// comes from the prefix: 0b, 0o or 0, 0x, otherwise 10, and underscores may
// separate digits. On overflow the result is the nearest bound, with ErrRange.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxErr(fn, s)
	}
	orig := s
	neg := false
	switch s[0] {
	case '+':
		s = s[1:]
	case '-':
		s = s[1:]
		neg = true
	}
	u, err := ParseUint(s, base, bitSize)
	if err != nil && err.(*NumError).Err != ErrRange {
		ne := err.(*NumError)
		ne.Func = fn
		ne.Num = orig
		return 0, ne
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	bound := uint64(1) << uint(bitSize-1)
	if !neg && u >= bound {
		return int64(bound - 1), rangeErr(fn, orig)
	}
	if neg && u > bound {
		return -int64(bound), rangeErr(fn, orig)
	}
	if neg {
		return -int64(u), nil
	}
	return int64(u), nil
}

// Atoi is ParseInt(s, 10, 0) converted to int.
func Atoi(s string) (int, error) {
	n, err := ParseInt(s, 10, 0)
	if err != nil {
		err.(*NumError).Func = "Atoi"
	}
	return int(n), err
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false, False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "TRUE", "true", "True":
		return true, nil
	case "0", "f", "F", "FALSE", "false", "False":
		return false, nil
	}
	return false, syntaxErr("ParseBool", str)
}

// FormatBool returns "true" or "false".
func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte { return append(dst, FormatBool(b)...) }
