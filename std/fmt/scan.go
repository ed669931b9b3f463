// Scanning: Sscan, Sscanln, Sscanf and their Fscan/Scan forms, for operands
// that are pointers to booleans, integers, floats, strings and byte slices
// (also of named types, through reflect). Errors stop the scan early and come
// back with the count of operands filled so far, with Go's error texts.

package fmt

import (
	"errors"
	"io"
	"math"
	"os"
	"reflect"
	"strconv"
	"unicode/utf8"
)

const eof = -1

// runeSource is what the scanner reads from.
type runeSource interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
}

// stringSource reads runes from a string.
type stringSource struct {
	s    string
	pos  int
	last int // size of the last rune read, for UnreadRune
}

func (r *stringSource) ReadRune() (rune, int, error) {
	if r.pos >= len(r.s) {
		r.last = 0
		return 0, 0, io.EOF
	}
	c, n := rune(r.s[r.pos]), 1
	if c >= utf8.RuneSelf {
		c, n = utf8.DecodeRuneInString(r.s[r.pos:])
	}
	r.pos += n
	r.last = n
	return c, n, nil
}

func (r *stringSource) UnreadRune() error {
	r.pos -= r.last
	r.last = 0
	return nil
}

// byteSource reads runes a byte at a time from a plain io.Reader, so that
// nothing past what the scan needs is consumed (except one unread rune).
type byteSource struct {
	r      io.Reader
	b      [utf8.UTFMax]byte
	peeked rune // -1: none
	last   rune
}

func (r *byteSource) readByte() (byte, error) {
	n, err := io.ReadFull(r.r, r.b[:1])
	if n == 1 {
		return r.b[0], nil
	}
	return 0, err
}

func (r *byteSource) ReadRune() (rune, int, error) {
	if r.peeked >= 0 {
		c := r.peeked
		r.peeked = -1
		r.last = c
		return c, utf8.RuneLen(c), nil
	}
	c, err := r.readByte()
	if err != nil {
		return 0, 0, err
	}
	if c < utf8.RuneSelf {
		r.last = rune(c)
		return rune(c), 1, nil
	}
	buf := [utf8.UTFMax]byte{c}
	n := 1
	for n < utf8.UTFMax && !utf8.FullRune(buf[:n]) {
		c, err = r.readByte()
		if err != nil {
			break
		}
		buf[n] = c
		n++
	}
	x, size := utf8.DecodeRune(buf[:n])
	r.last = x
	return x, size, nil
}

func (r *byteSource) UnreadRune() error {
	r.peeked = r.last
	return nil
}

// scanError carries an error out of the scanner through panic.
type scanError struct {
	err error
}

// scanner is the state of one Scan call.
type scanner struct {
	src       runeSource
	buf       []byte
	count     int  // runes read
	atEOF     bool // the source is exhausted (or a newline ended Scanln)
	nlIsSpace bool // newlines are spaces (Scan)
	nlIsEnd   bool // a newline ends the input (Scanln)
	limit     int  // count where the current operand must stop (width)
	n         int   // operands filled
	err       error // why the scan stopped early
}

const noLimit = 1 << 30

func newScanner(r io.Reader, nlIsSpace, nlIsEnd bool) *scanner {
	if rs, ok := r.(runeSource); ok {
		return sourceScanner(rs, nlIsSpace, nlIsEnd)
	}
	return sourceScanner(&byteSource{r: r, peeked: -1}, nlIsSpace, nlIsEnd)
}

func sourceScanner(src runeSource, nlIsSpace, nlIsEnd bool) *scanner {
	return &scanner{src: src, nlIsSpace: nlIsSpace, nlIsEnd: nlIsEnd, limit: noLimit}
}

func (s *scanner) fail(msg string) {
	panic(scanError{errors.New(msg)})
}

func (s *scanner) failErr(err error) {
	panic(scanError{err})
}

// getRune returns the next rune, or eof.
func (s *scanner) getRune() rune {
	if s.atEOF || s.count >= s.limit {
		return eof
	}
	r, _, err := s.src.ReadRune()
	if err != nil {
		if err == io.EOF {
			s.atEOF = true
			return eof
		}
		s.failErr(err)
	}
	s.count++
	if s.nlIsEnd && r == '\n' {
		s.atEOF = true
	}
	return r
}

func (s *scanner) unread() {
	s.src.UnreadRune()
	s.atEOF = false
	s.count--
}

// notEOF stops the scan with io.EOF when there is no more input.
func (s *scanner) notEOF() {
	r := s.getRune()
	if r == eof {
		panic(io.EOF)
	}
	s.unread()
}

func (s *scanner) peek(set string) bool {
	r := s.getRune()
	if r != eof {
		s.unread()
	}
	return inSet(set, r)
}

func inSet(set string, r rune) bool {
	for _, c := range set {
		if c == r {
			return true
		}
	}
	return false
}

// take reads the next rune if it is in set, keeping it in buf when keep is set.
func (s *scanner) take(set string, keep bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if inSet(set, r) {
		if keep {
			s.buf = appendRune(s.buf, r)
		}
		return true
	}
	if keep {
		s.unread()
	}
	return false
}

func (s *scanner) accept(set string) bool { return s.take(set, true) }

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return 0x2000 <= r && r <= 0x200A
}

// skipSpace skips spaces; a newline is one of them only for Scan.
func (s *scanner) skipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.fail("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.unread()
			return
		}
	}
}

// word reads runes up to the next space.
func (s *scanner) word() string {
	s.skipSpace()
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		if isSpace(r) {
			s.unread()
			break
		}
		s.buf = appendRune(s.buf, r)
	}
	return string(s.buf)
}

func (s *scanner) checkVerb(verb rune, ok, what string) bool {
	if inSet(ok, verb) {
		return true
	}
	s.fail("bad verb '%" + string(verb) + "' for " + what)
	return false
}

const (
	binDigits = "01"
	octDigits = "01234567"
	decDigits = "0123456789"
	hexDigits = "0123456789aAbBcCdDeEfF"
)

func (s *scanner) base(verb rune) (int, string) {
	s.checkVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binDigits
	case 'o':
		return 8, octDigits
	case 'x', 'X', 'U':
		return 16, hexDigits
	}
	return 10, decDigits
}

// prefix reads a 0, 0b, 0o or 0x prefix for %v (base 0 to strconv).
func (s *scanner) prefix() (int, string, bool) {
	if !s.peek("0") {
		return 0, decDigits + "_", false
	}
	s.accept("0")
	switch {
	case s.peek("bB"):
		s.accept("bB")
		return 0, binDigits + "_", true
	case s.peek("oO"):
		s.accept("oO")
		return 0, octDigits + "_", true
	case s.peek("xX"):
		s.accept("xX")
		return 0, hexDigits + "_", true
	}
	return 0, octDigits + "_", true
}

func (s *scanner) digits(set string, have bool) string {
	if !have {
		s.notEOF()
		if !s.accept(set) {
			s.fail("expected integer")
		}
	}
	for s.accept(set) {
	}
	return string(s.buf)
}

func (s *scanner) scanRune(bits int) int64 {
	s.notEOF()
	r := int64(s.getRune())
	n := uint(bits)
	if (r<<(64-n))>>(64-n) != r {
		s.fail("overflow on character value " + string(rune(r)))
	}
	return r
}

func (s *scanner) unicodePrefix() {
	if !s.take("U", false) || !s.take("+", false) {
		s.fail("bad unicode format ")
	}
}

func (s *scanner) scanInt(verb rune, bits int) int64 {
	if verb == 'c' {
		return s.scanRune(bits)
	}
	s.skipSpace()
	s.notEOF()
	base, set := s.base(verb)
	have := false
	if verb == 'U' {
		s.unicodePrefix()
	} else {
		s.accept("+-")
		if verb == 'v' {
			base, set, have = s.prefix()
		}
	}
	tok := s.digits(set, have)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		s.failErr(err)
	}
	n := uint(bits)
	if (i<<(64-n))>>(64-n) != i {
		s.fail("integer overflow on token " + tok)
	}
	return i
}

func (s *scanner) scanUint(verb rune, bits int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bits))
	}
	s.skipSpace()
	s.notEOF()
	base, set := s.base(verb)
	have := false
	if verb == 'U' {
		s.unicodePrefix()
	} else if verb == 'v' {
		base, set, have = s.prefix()
	}
	tok := s.digits(set, have)
	u, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		s.failErr(err)
	}
	n := uint(bits)
	if (u<<(64-n))>>(64-n) != u {
		s.fail("unsigned integer overflow on token " + tok)
	}
	return u
}

func (s *scanner) scanBool(verb rune) bool {
	s.skipSpace()
	s.notEOF()
	if !s.checkVerb(verb, "tv", "boolean") {
		return false
	}
	bad := errors.New("syntax error scanning boolean")
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.failErr(bad)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.failErr(bad)
		}
		return false
	}
	return false
}

// floatToken reads what looks like a float: nan, [sign]inf, or digits with
// an optional fraction and exponent (hex with 0x and p).
func (s *scanner) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept("+-")
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	set, exp := decDigits+"_", "eEpP"
	if s.accept("0") && s.accept("xX") {
		set, exp = hexDigits+"_", "pP"
	}
	for s.accept(set) {
	}
	if s.accept(".") {
		for s.accept(set) {
		}
	}
	if s.accept(exp) {
		s.accept("+-")
		for s.accept(decDigits + "_") {
		}
	}
	return string(s.buf)
}

func hasX(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 'x' || s[i] == 'X' {
			return true
		}
	}
	return false
}

// toFloat parses a float token; a decimal mantissa with a p exponent is
// mantissa * 2**exp.
func (s *scanner) toFloat(str string, bits int) float64 {
	p := -1
	for i := 0; i < len(str); i++ {
		if str[i] == 'p' {
			p = i
			break
		}
	}
	if p >= 0 && !hasX(str) {
		f, err := strconv.ParseFloat(str[:p], bits)
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.failErr(err)
		}
		m, err := strconv.Atoi(str[p+1:])
		if err != nil {
			if e, ok := err.(*strconv.NumError); ok {
				e.Num = str
			}
			s.failErr(err)
		}
		return math.Ldexp(f, m)
	}
	f, err := strconv.ParseFloat(str, bits)
	if err != nil {
		s.failErr(err)
	}
	return f
}

func (s *scanner) scanFloat(verb rune, bits int, what string) float64 {
	if !s.checkVerb(verb, "beEfFgGv", what) {
		return 0
	}
	s.skipSpace()
	s.notEOF()
	return s.toFloat(s.floatToken(), bits)
}

func (s *scanner) scanString(verb rune) string {
	if !s.checkVerb(verb, "svqxX", "string") {
		return ""
	}
	s.skipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	return s.word()
}

func (s *scanner) mustRune() rune {
	r := s.getRune()
	if r == eof {
		s.failErr(io.ErrUnexpectedEOF)
	}
	return r
}

// quotedString reads a Go string literal, "..." or `...`.
func (s *scanner) quotedString() string {
	s.notEOF()
	q := s.getRune()
	switch q {
	case '`':
		for {
			r := s.mustRune()
			if r == q {
				break
			}
			s.buf = appendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustRune()
			s.buf = appendRune(s.buf, r)
			if r == '\\' {
				s.buf = appendRune(s.buf, s.mustRune())
			} else if r == '"' {
				break
			}
		}
		str, err := strconv.Unquote(string(s.buf))
		if err != nil {
			s.failErr(err)
		}
		return str
	}
	s.fail("expected quoted string")
	return ""
}

func hexValue(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10, true
	}
	return -1, false
}

// hexString reads pairs of hex digits as bytes.
func (s *scanner) hexString() string {
	s.notEOF()
	for {
		r := s.getRune()
		if r == eof {
			break
		}
		hi, ok := hexValue(r)
		if !ok {
			s.unread()
			break
		}
		lo, ok := hexValue(s.mustRune())
		if !ok {
			s.fail("illegal hex digit")
		}
		s.buf = append(s.buf, byte(hi<<4|lo))
	}
	if len(s.buf) == 0 {
		s.fail("no hex data for %x string")
	}
	return string(s.buf)
}

// scanOne fills the operand arg, a pointer, from the input.
func (s *scanner) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, strconv.IntSize))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, strconv.IntSize))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32, "float32"))
	case *float64:
		*v = s.scanFloat(verb, 64, "float64")
	case *string:
		*v = s.scanString(verb)
	case *[]byte:
		*v = []byte(s.scanString(verb))
	default:
		s.scanReflect(verb, arg)
	}
}

// scanReflect fills a pointer to a named basic type.
func (s *scanner) scanReflect(verb rune, arg any) {
	ptr := reflect.ValueOf(arg)
	if ptr.Kind() != reflect.Pointer {
		s.fail("type not a pointer: " + ptr.Type().String())
		return
	}
	v := ptr.Elem()
	switch v.Kind() {
	case reflect.Bool:
		v.SetBool(s.scanBool(verb))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(s.scanInt(verb, int(v.Type().Size())*8))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		v.SetUint(s.scanUint(verb, int(v.Type().Size())*8))
	case reflect.String:
		v.SetString(s.scanString(verb))
	case reflect.Float32, reflect.Float64:
		v.SetFloat(s.scanFloat(verb, int(v.Type().Size())*8, v.Type().String()))
	default:
		s.fail("can't scan type: " + ptr.Type().String())
	}
}

// catch, deferred by the scanning loops, turns the scanner's panics back
// into s.err (other panics go on).
func (s *scanner) catch() {
	if r := recover(); r != nil {
		if se, ok := r.(scanError); ok {
			s.err = se.err
		} else if e, ok := r.(error); ok && e == io.EOF {
			s.err = e
		} else {
			panic(r)
		}
	}
}

// scanAll fills every operand in turn; for Scanln the rest of the line must be spaces.
func (s *scanner) scanAll(a []any) (int, error) {
	s.fillAll(a)
	return s.n, s.err
}

func (s *scanner) fillAll(a []any) {
	defer s.catch()
	for _, arg := range a {
		s.scanOne('v', arg)
		s.n++
	}
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.fail("expected newline")
				break
			}
		}
	}
}

// matchFormat consumes the literal text and spaces at the start of format,
// returning how much of it matched, or -1 when the input did not match.
func (s *scanner) matchFormat(format string) int {
	i := 0
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if isSpace(c) {
			i = s.matchSpaces(format, i)
			continue
		}
		if c == '%' {
			if i+w == len(format) {
				s.fail("missing verb: % at end of format string")
			}
			next, _ := utf8.DecodeRuneInString(format[i+w:])
			if next != '%' {
				return i
			}
			i += w
		}
		r := s.mustRune()
		if r != c {
			s.unread()
			return -1
		}
		i += w
	}
	return i
}

// matchSpaces handles a run of spaces in the format starting at i: each
// newline must meet a newline (or the end) of the input after optional
// spaces; other spaces match spaces (at least one unless after a newline).
func (s *scanner) matchSpaces(format string, i int) int {
	newlines := 0
	trailing := false
	for i < len(format) {
		c, w := utf8.DecodeRuneInString(format[i:])
		if !isSpace(c) {
			break
		}
		if c == '\n' {
			newlines++
			trailing = false
		} else {
			trailing = true
		}
		i += w
	}
	for j := 0; j < newlines; j++ {
		r := s.getRune()
		for isSpace(r) && r != '\n' {
			r = s.getRune()
		}
		if r != '\n' && r != eof {
			s.fail("newline in format does not match input")
		}
	}
	if trailing {
		r := s.getRune()
		if newlines == 0 {
			if !isSpace(r) && r != eof {
				s.fail("expected space in input to match format")
			}
			if r == '\n' {
				s.fail("newline in input does not match format")
			}
		}
		for isSpace(r) && r != '\n' {
			r = s.getRune()
		}
		if r != eof {
			s.unread()
		}
	}
	return i
}

// scanFormat is Scanf's loop: literal text, then one verb per operand.
func (s *scanner) scanFormat(format string, a []any) (int, error) {
	s.fillFormat(format, a)
	return s.n, s.err
}

func (s *scanner) fillFormat(format string, a []any) {
	defer s.catch()
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.matchFormat(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.fail("input does not match format")
			}
			break
		}
		i++
		r := fmtReader{s: format, pos: i}
		width, hasWidth := r.decimal(end)
		i = r.pos
		if i > end {
			i = end // a '%' at the very end reads as the verb
		}
		if !hasWidth {
			width = noLimit
		}
		c, cw := utf8.DecodeRuneInString(format[i:])
		i += cw
		if c != 'c' {
			s.skipSpace()
		}
		if c == '%' {
			s.skipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.fail("missing literal %")
			}
			continue
		}
		s.limit = noLimit
		if width < noLimit-s.count {
			s.limit = s.count + width
		}
		if s.n >= len(a) {
			s.fail("too few operands for format '%" + format[i-cw:] + "'")
			break
		}
		s.scanOne(c, a[s.n])
		s.n++
		s.limit = noLimit
	}
	if s.n < len(a) {
		s.fail("too many operands")
	}
}

func Sscan(str string, a ...any) (n int, err error) {
	return sourceScanner(&stringSource{s: str}, true, false).scanAll(a)
}

func Sscanln(str string, a ...any) (n int, err error) {
	return sourceScanner(&stringSource{s: str}, false, true).scanAll(a)
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	return sourceScanner(&stringSource{s: str}, false, false).scanFormat(format, a)
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, true, false).scanAll(a)
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	return newScanner(r, false, true).scanAll(a)
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	return newScanner(r, false, false).scanFormat(format, a)
}

func Scan(a ...any) (n int, err error) { return Fscan(os.Stdin, a...) }

func Scanln(a ...any) (n int, err error) { return Fscanln(os.Stdin, a...) }

func Scanf(format string, a ...any) (n int, err error) { return Fscanf(os.Stdin, format, a...) }
