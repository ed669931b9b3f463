// Reading Printf format strings. A directive ("%-8.3[2]x") is read by
// readDirective into a directive value (flags, width, precision, verb and
// what went wrong), walking the operand list with an operands cursor;
// runDirective then prints it.

package fmt

import (
	"reflect"
	"unicode/utf8"
)

// maxNum bounds widths and precisions: a number that grows past it is
// treated as malformed (Go refuses more than a million).
const maxNum = 1000000

// directive is one parsed %-directive.
type directive struct {
	fl    flags
	width int
	prec  int
	verb  rune

	badWidth bool // a * width had no int operand
	badPrec  bool // a * precision had no int operand, or a negative one
	badIndex bool // an [n] was malformed, out of range or misplaced
	noVerb   bool // the format ended before the verb
}

// operands is the cursor over Printf's operand list.
type operands struct {
	list      []any
	next      int  // the operand the next verb or * takes
	reordered bool // some [n] was seen: unused operands are not reported
}

// fmtReader walks a format string.
type fmtReader struct {
	s   string
	pos int
}

// at tells whether c is the next byte.
func (r *fmtReader) at(c byte) bool {
	return r.pos < len(r.s) && r.s[r.pos] == c
}

// accept consumes c if it is the next byte.
func (r *fmtReader) accept(c byte) bool {
	if r.at(c) {
		r.pos++
		return true
	}
	return false
}

// decimal reads a run of digits ending before stop. found is false when
// there are none; a number growing past maxNum gives (0, false) and moves
// the reader to stop.
func (r *fmtReader) decimal(stop int) (n int, found bool) {
	for r.pos < stop {
		c := r.s[r.pos]
		if c < '0' || c > '9' {
			break
		}
		if n > maxNum || n < -maxNum {
			r.pos = stop
			return 0, false
		}
		n = n*10 + int(c-'0')
		found = true
		r.pos++
	}
	return n, found
}

// flagChars reads the flag characters into fl.
func (r *fmtReader) flagChars(fl *flags) {
	for ; r.pos < len(r.s); r.pos++ {
		switch r.s[r.pos] {
		case '#':
			fl.sharp = true
		case '0':
			fl.zero = !fl.minus // zeros pad only on the left
		case '+':
			fl.plus = true
		case '-':
			fl.minus, fl.zero = true, false
		case ' ':
			fl.space = true
		default:
			return
		}
	}
}

// explicitIndex reads an "[n]" operand index, if one comes next, and moves
// the cursor to it. It reports whether the index stands, which makes the
// directive's next part the one that must use it. A bad index marks the
// directive; a well-formed one out of range still counts as present.
func (r *fmtReader) explicitIndex(ops *operands, d *directive) bool {
	if !r.at('[') {
		return false
	}
	ops.reordered = true
	open := r.pos
	end := -1
	if len(r.s)-open >= 3 {
		for k := open + 1; k < len(r.s); k++ {
			if r.s[k] == ']' {
				end = k
				break
			}
		}
	}
	if end < 0 {
		r.pos = open + 1
		d.badIndex = true
		return false
	}
	r.pos = open + 1
	n, found := r.decimal(end)
	wellFormed := found && r.pos == end
	r.pos = end + 1
	if wellFormed && n >= 1 && n <= len(ops.list) {
		ops.next = n - 1
		return true
	}
	d.badIndex = true
	return wellFormed
}

// starOperand takes the next operand as the int a * stands for.
func (ops *operands) starOperand() (n int, ok bool) {
	if ops.next >= len(ops.list) {
		return 0, false
	}
	x := ops.list[ops.next]
	ops.next++
	if i, isInt := x.(int); isInt {
		n, ok = i, true
	} else {
		n, ok = intOfValue(reflect.ValueOf(x))
	}
	if n > maxNum || n < -maxNum {
		return 0, false
	}
	return n, ok
}

// intOfValue converts an integer of any kind to int when it fits.
func intOfValue(v reflect.Value) (int, bool) {
	switch classOfKind(v.Kind()) {
	case classInt:
		if x := v.Int(); int64(int(x)) == x {
			return int(x), true
		}
	case classUint:
		if x := v.Uint(); int64(x) >= 0 && uint64(int(x)) == x {
			return int(x), true
		}
	}
	return 0, false
}

// readDirective reads the directive after a '%' into d. An explicit index
// may stand before a * or before the verb; anywhere else it spoils the
// directive.
func (r *fmtReader) readDirective(ops *operands, d *directive) {
	r.flagChars(&d.fl)
	if r.pos < len(r.s) {
		if c := r.s[r.pos]; 'a' <= c && c <= 'z' {
			d.verb = rune(c) // the common case: nothing between flags and verb
			r.pos++
			return
		}
	}
	indexed := r.explicitIndex(ops, d)

	if r.accept('*') {
		d.width, d.fl.hasWidth = ops.starOperand()
		d.badWidth = !d.fl.hasWidth
		if d.width < 0 {
			d.width = -d.width
			d.fl.minus, d.fl.zero = true, false
		}
		indexed = false
	} else {
		d.width, d.fl.hasWidth = r.decimal(len(r.s))
		if indexed && d.fl.hasWidth {
			d.badIndex = true
		}
	}

	// A '.' that is the format's last byte is taken as the verb.
	if r.pos+1 < len(r.s) && r.at('.') {
		r.pos++
		if indexed {
			d.badIndex = true
		}
		indexed = r.explicitIndex(ops, d)
		r.precision(ops, d, &indexed)
	}

	if !indexed {
		r.explicitIndex(ops, d)
	}
	if r.pos >= len(r.s) {
		d.noVerb = true
		return
	}
	d.verb = rune(r.s[r.pos])
	size := 1
	if d.verb >= utf8.RuneSelf {
		d.verb, size = utf8.DecodeRuneInString(r.s[r.pos:])
	}
	r.pos += size
}

// precision reads what follows the '.': *, digits, or nothing (zero).
func (r *fmtReader) precision(ops *operands, d *directive, indexed *bool) {
	if r.accept('*') {
		d.prec, d.fl.hasPrec = ops.starOperand()
		if d.prec < 0 {
			d.prec, d.fl.hasPrec = 0, false
		}
		d.badPrec = !d.fl.hasPrec
		*indexed = false
		return
	}
	d.prec, d.fl.hasPrec = r.decimal(len(r.s))
	if !d.fl.hasPrec {
		d.prec, d.fl.hasPrec = 0, true
	}
}

// printf formats the operands according to format: literal text is copied,
// each directive is read and then carried out.
func (p *printer) printf(format string, a []any) {
	ops := operands{list: a}
	r := fmtReader{s: format}
	for r.pos < len(format) {
		lit := r.pos
		end := lit
		for end < len(format) && format[end] != '%' {
			end++
		}
		if end > lit {
			p.buf = append(p.buf, format[lit:end]...)
		}
		if end == len(format) {
			break
		}
		r.pos = end + 1
		if p.bareVerb(&r, &ops) {
			continue
		}
		var d directive
		r.readDirective(&ops, &d)
		p.runDirective(&d, &ops)
	}
	if !ops.reordered && ops.next < len(a) {
		p.extraOperands(a[ops.next:])
	}
}

// bareVerb prints a directive that is a lone lower-case verb with an
// operand left for it, the commonest kind, without reading it as a whole.
func (p *printer) bareVerb(r *fmtReader, ops *operands) bool {
	if r.pos >= len(r.s) || ops.next >= len(ops.list) {
		return false
	}
	c := r.s[r.pos]
	if c < 'a' || c > 'z' {
		return false
	}
	r.pos++
	p.f.reset()
	ops.next++
	p.printOperand(ops.list[ops.next-1], rune(c))
	return true
}

// runDirective prints what a directive asks for, or the error texts for it.
func (p *printer) runDirective(d *directive, ops *operands) {
	p.f.fl, p.f.width, p.f.prec = d.fl, d.width, d.prec
	if d.badWidth {
		p.buf = append(p.buf, "%!(BADWIDTH)"...)
	}
	if d.badPrec {
		p.buf = append(p.buf, "%!(BADPREC)"...)
	}
	switch {
	case d.noVerb:
		p.buf = append(p.buf, "%!(NOVERB)"...)
	case d.verb == '%':
		p.buf = append(p.buf, '%')
	case d.badIndex:
		p.verbError(d.verb, "BADINDEX")
	case ops.next >= len(ops.list):
		p.verbError(d.verb, "MISSING")
	default:
		arg := ops.list[ops.next]
		ops.next++
		if d.verb == 'v' {
			// %#v and %+v change how nested values print, so they are kept
			// apart from the plain # and + flags.
			p.f.fl.sharpV, p.f.fl.sharp = p.f.fl.sharp, false
			p.f.fl.plusV, p.f.fl.plus = p.f.fl.plus, false
		}
		p.printOperand(arg, d.verb)
	}
}

// extraOperands reports the operands no directive used:
// %!(EXTRA type=value, ...).
func (p *printer) extraOperands(rest []any) {
	p.f.reset()
	p.buf = append(p.buf, "%!(EXTRA "...)
	for k, arg := range rest {
		if k > 0 {
			p.buf = append(p.buf, ", "...)
		}
		if arg == nil {
			p.buf = append(p.buf, "<nil>"...)
			continue
		}
		p.buf = append(p.buf, reflect.TypeOf(arg).String()...)
		p.buf = append(p.buf, '=')
		p.printOperand(arg, 'v')
	}
	p.buf = append(p.buf, ')')
}

// verbError writes %!verb(WHAT).
func (p *printer) verbError(verb rune, what string) {
	p.buf = append(p.buf, "%!"...)
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	p.buf = append(p.buf, what...)
	p.buf = append(p.buf, ')')
}
