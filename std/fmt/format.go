// The low-level half of fmt: given a value that is already a number, a
// string or bytes, and the flags, width and precision of one verb, append its
// text to the output buffer with padding. print.go decides what to call.

package fmt

import (
	"strconv"
	"unicode/utf8"
)

const (
	lowerHex = "0123456789abcdefx"
	upperHex = "0123456789ABCDEFX"
)

// flags are the options of one verb. sharpV and plusV are %#v and %+v,
// kept apart from sharp and plus because they change what nested values print.
type flags struct {
	sharp, sharpV bool
	plus, plusV   bool
	minus, space  bool
	zero          bool
	hasWidth      bool
	hasPrec       bool
}

// formatter appends formatted text to *out.
type formatter struct {
	out   *[]byte
	fl    flags
	width int
	prec  int
	tmp   [68]byte // room for a 64-bit number in base 2 with sign and prefix
}

func (f *formatter) reset() {
	f.fl = flags{}
	f.width = 0
	f.prec = 0
}

// padding appends n copies of the padding byte: '0' with the zero flag, else ' '.
func (f *formatter) padding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if f.fl.zero {
		c = '0'
	}
	b := *f.out
	for ; n > 0; n-- {
		b = append(b, c)
	}
	*f.out = b
}

// padBytes appends b, padded to the width (counted in runes) on the side
// the minus flag picks.
func (f *formatter) padBytes(b []byte) {
	if !f.fl.hasWidth || f.width == 0 {
		*f.out = append(*f.out, b...)
		return
	}
	n := f.width - utf8.RuneCount(b)
	if f.fl.minus {
		*f.out = append(*f.out, b...)
		f.padding(n)
	} else {
		f.padding(n)
		*f.out = append(*f.out, b...)
	}
}

// padStr is padBytes for a string.
func (f *formatter) padStr(s string) {
	if !f.fl.hasWidth || f.width == 0 {
		*f.out = append(*f.out, s...)
		return
	}
	n := f.width - utf8.RuneCountInString(s)
	if f.fl.minus {
		*f.out = append(*f.out, s...)
		f.padding(n)
	} else {
		f.padding(n)
		*f.out = append(*f.out, s...)
	}
}

// padNoZero pads b with spaces even when the zero flag is set.
func (f *formatter) padNoZero(b []byte) {
	z := f.fl.zero
	f.fl.zero = false
	f.padBytes(b)
	f.fl.zero = z
}

func (f *formatter) boolean(v bool) {
	if v {
		f.padStr("true")
	} else {
		f.padStr("false")
	}
}

// integer formats u (read as int64 when signed) in base with the digit set
// given; verb is the verb asked for ('O' adds 0o, 'v' and 'd' nothing special).
func (f *formatter) integer(u uint64, base int, signed bool, verb rune, digits string) {
	neg := signed && int64(u) < 0
	if neg {
		u = -u
	}
	buf := f.tmp[:]
	if f.fl.hasWidth || f.fl.hasPrec {
		if n := 3 + f.width + f.prec; n > len(buf) {
			buf = make([]byte, n)
		}
	}
	// Leading zeros come from the precision, or from the zero flag when there
	// is a width and no precision.
	zeros := 0
	if f.fl.hasPrec {
		zeros = f.prec
		if zeros == 0 && u == 0 {
			z := f.fl.zero
			f.fl.zero = false
			f.padding(f.width)
			f.fl.zero = z
			return
		}
	} else if f.fl.zero && f.fl.hasWidth {
		zeros = f.width
		if neg || f.fl.plus || f.fl.space {
			zeros--
		}
	}
	i := len(buf)
	switch base {
	case 10:
		for u >= 10 {
			i--
			q := u / 10
			buf[i] = byte('0' + u - q*10)
			u = q
		}
	case 16:
		for u >= 16 {
			i--
			buf[i] = digits[u&15]
			u >>= 4
		}
	case 8:
		for u >= 8 {
			i--
			buf[i] = byte('0' + u&7)
			u >>= 3
		}
	case 2:
		for u >= 2 {
			i--
			buf[i] = byte('0' + u&1)
			u >>= 1
		}
	}
	i--
	buf[i] = digits[u]
	for i > 0 && len(buf)-i < zeros {
		i--
		buf[i] = '0'
	}
	if f.fl.sharp {
		switch base {
		case 2:
			i -= 2
			buf[i], buf[i+1] = '0', 'b'
		case 8:
			if buf[i] != '0' {
				i--
				buf[i] = '0'
			}
		case 16:
			i -= 2
			buf[i], buf[i+1] = '0', digits[16]
		}
	}
	if verb == 'O' {
		i -= 2
		buf[i], buf[i+1] = '0', 'o'
	}
	switch {
	case neg:
		i--
		buf[i] = '-'
	case f.fl.plus:
		i--
		buf[i] = '+'
	case f.fl.space:
		i--
		buf[i] = ' '
	}
	f.padNoZero(buf[i:])
}

// unicodePoint is %U: U+0041, and with # also ' 'A'' when printable.
func (f *formatter) unicodePoint(u uint64) {
	buf := f.tmp[:]
	minDigits := 4
	if f.fl.hasPrec && f.prec > 4 {
		minDigits = f.prec
		if n := minDigits + 2 + 2 + utf8.UTFMax + 1; n > len(buf) {
			buf = make([]byte, n)
		}
	}
	i := len(buf)
	if f.fl.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		i--
		buf[i] = '\''
		i -= utf8.RuneLen(rune(u))
		utf8.EncodeRune(buf[i:], rune(u))
		i -= 2
		buf[i], buf[i+1] = ' ', '\''
	}
	n := 0
	for u >= 16 || n < minDigits-1 {
		i--
		buf[i] = upperHex[u&15]
		u >>= 4
		n++
	}
	i--
	buf[i] = upperHex[u]
	i -= 2
	buf[i], buf[i+1] = 'U', '+'
	f.padNoZero(buf[i:])
}

// char is %c: the rune u, or U+FFFD when u is not a valid code point.
func (f *formatter) char(u uint64) {
	r := rune(u)
	if u > utf8.MaxRune {
		r = utf8.RuneError
	}
	n := utf8.EncodeRune(f.tmp[:], r)
	f.padBytes(f.tmp[:n])
}

// quotedChar is %q of an integer: a Go rune literal ('x'); + makes it ASCII.
func (f *formatter) quotedChar(u uint64) {
	r := rune(u)
	if u > utf8.MaxRune {
		r = utf8.RuneError
	}
	if f.fl.plus {
		f.padBytes(strconv.AppendQuoteRuneToASCII(f.tmp[:0], r))
	} else {
		f.padBytes(strconv.AppendQuoteRune(f.tmp[:0], r))
	}
}

// cut returns s shortened to the precision, counted in runes.
func (f *formatter) cut(s string) string {
	if f.fl.hasPrec {
		n := 0
		for i := range s {
			if n == f.prec {
				return s[:i]
			}
			n++
		}
	}
	return s
}

// str is %s and %v of a string.
func (f *formatter) str(s string) {
	f.padStr(f.cut(s))
}

// quoted is %q of a string: a double-quoted Go literal, `raw` with # when
// possible, ASCII-only with +.
func (f *formatter) quoted(s string) {
	s = f.cut(s)
	if f.fl.sharp && strconv.CanBackquote(s) {
		f.padStr("`" + s + "`")
		return
	}
	if f.fl.plus {
		f.padBytes(strconv.AppendQuoteToASCII(f.tmp[:0], s))
	} else {
		f.padBytes(strconv.AppendQuote(f.tmp[:0], s))
	}
}

// hexBytes is %x/%X of a string (when b is nil) or of bytes: two digits per
// byte, 0x before all (#) or before each (# and space), spaces between (space).
func (f *formatter) hexBytes(s string, b []byte, digits string) {
	n := len(s)
	if b != nil {
		n = len(b)
	}
	if f.fl.hasPrec && f.prec < n {
		n = f.prec
	}
	if n == 0 {
		if f.fl.hasWidth {
			f.padding(f.width)
		}
		return
	}
	w := 2 * n
	if f.fl.space {
		if f.fl.sharp {
			w *= 2
		}
		w += n - 1
	} else if f.fl.sharp {
		w += 2
	}
	if f.fl.hasWidth && f.width > w && !f.fl.minus {
		f.padding(f.width - w)
	}
	out := *f.out
	if f.fl.sharp {
		out = append(out, '0', digits[16])
	}
	for i := 0; i < n; i++ {
		if f.fl.space && i > 0 {
			out = append(out, ' ')
			if f.fl.sharp {
				out = append(out, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	*f.out = out
	if f.fl.hasWidth && f.width > w && f.fl.minus {
		f.padding(f.width - w)
	}
}

// float formats v with strconv's verb and precision (the flag's precision
// wins when present), handling signs, zero padding, Inf/NaN and #.
func (f *formatter) float(v float64, size int, verb rune, prec int) {
	if f.fl.hasPrec {
		prec = f.prec
	}
	// num[0] is reserved for a sign.
	num := strconv.AppendFloat(f.tmp[:1], v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if f.fl.space && num[0] == '+' && !f.fl.plus {
		num[0] = ' '
	}
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !f.fl.space && !f.fl.plus {
			num = num[1:]
		}
		f.padNoZero(num)
		return
	}
	if f.fl.sharp && verb != 'b' {
		num = f.sharpFloat(num, verb, prec)
	}
	if f.fl.plus || num[0] != '+' {
		if f.fl.zero && f.fl.hasWidth && f.width > len(num) {
			*f.out = append(*f.out, num[0])
			f.padding(f.width - len(num))
			*f.out = append(*f.out, num[1:]...)
			return
		}
		f.padBytes(num)
		return
	}
	f.padBytes(num[1:])
}

// sharpFloat applies # to a formatted float: always a decimal point, and for
// %g/%x the trailing zeros up to the precision (6 when shortest).
func (f *formatter) sharpFloat(num []byte, verb rune, prec int) []byte {
	want := 0
	if verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x' {
		want = prec
		if want == -1 {
			want = 6
		}
	}
	var tailBuf [8]byte
	tail := tailBuf[:0]
	dot := false
	nonzero := false
	for i := 1; i < len(num); i++ {
		c := num[i]
		if c == '.' {
			dot = true
			continue
		}
		if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
			tail = append(tail, num[i:]...)
			num = num[:i]
			break
		}
		if c != '0' {
			nonzero = true
		}
		if nonzero {
			want--
		}
	}
	if !dot {
		if len(num) == 2 && num[1] == '0' {
			want--
		}
		num = append(num, '.')
	}
	for ; want > 0; want-- {
		num = append(num, '0')
	}
	return append(num, tail...)
}
