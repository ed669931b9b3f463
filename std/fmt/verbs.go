// Parsing of Printf format strings: flags, [n] argument indexes, widths and
// precisions (with *), the verb, and the error texts for what is wrong.

package fmt

import (
	"reflect"
	"unicode/utf8"
)

// limit keeps widths and precisions sane (Go refuses more than a million).
const limit = 1000000

// number reads decimal digits in s[i:end]; ok is false when there are none.
// A number over the limit gives (0, false) and consumes the rest of s.
func number(s string, i, end int) (n int, ok bool, next int) {
	if i >= end {
		return 0, false, end
	}
	for next = i; next < end && '0' <= s[next] && s[next] <= '9'; next++ {
		if n > limit || n < -limit {
			return 0, false, end
		}
		n = n*10 + int(s[next]-'0')
		ok = true
	}
	return n, ok, next
}

// bracketIndex reads "[n]" at the start of s: the 0-based index, how many
// bytes it used and whether it was well formed.
func bracketIndex(s string) (index, used int, ok bool) {
	if len(s) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(s); i++ {
		if s[i] == ']' {
			n, isNum, next := number(s, 1, i)
			if !isNum || next != i {
				return 0, i + 1, false
			}
			return n - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argIndex applies an [n] at s[i:], if any: it returns the argument number
// to use next, the new position and whether there was an index.
func (p *printer) argIndex(argNum int, s string, i int, nargs int) (int, int, bool) {
	if i >= len(s) || s[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	idx, used, ok := bracketIndex(s[i:])
	if ok && idx >= 0 && idx < nargs {
		return idx, i + used, true
	}
	p.goodArgNum = false
	return argNum, i + used, ok
}

// intArg reads a[argNum] as the int a * stands for.
func intArg(a []any, argNum int) (n int, ok bool, next int) {
	next = argNum
	if argNum >= len(a) {
		return 0, false, next
	}
	next++
	if x, isInt := a[argNum].(int); isInt {
		n, ok = x, true
	} else {
		v := reflect.ValueOf(a[argNum])
		switch v.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			x := v.Int()
			if int64(int(x)) == x {
				n, ok = int(x), true
			}
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			x := v.Uint()
			if int64(x) >= 0 && uint64(int(x)) == x {
				n, ok = int(x), true
			}
		}
	}
	if n > limit || n < -limit {
		n, ok = 0, false
	}
	return n, ok, next
}

// printf formats a according to format.
func (p *printer) printf(format string, a []any) {
	end := len(format)
	argNum := 0
	afterIndex := false
	p.reordered = false
	i := 0
	for i < end {
		p.goodArgNum = true
		start := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > start {
			p.buf = append(p.buf, format[start:i]...)
		}
		if i >= end {
			break
		}
		i++ // the '%'
		p.f.reset()
		i = p.readFlags(format, i)
		// A plain lower-case verb right after the flags needs nothing more.
		if i < end && 'a' <= format[i] && format[i] <= 'z' && argNum < len(a) {
			p.printVerb(a[argNum], rune(format[i]))
			argNum++
			i++
			continue
		}

		argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))

		// Width: * or digits.
		if i < end && format[i] == '*' {
			i++
			p.f.width, p.f.fl.hasWidth, argNum = intArg(a, argNum)
			if !p.f.fl.hasWidth {
				p.buf = append(p.buf, "%!(BADWIDTH)"...)
			}
			if p.f.width < 0 {
				p.f.width = -p.f.width
				p.f.fl.minus = true
				p.f.fl.zero = false
			}
			afterIndex = false
		} else {
			p.f.width, p.f.fl.hasWidth, i = number(format, i, end)
			if afterIndex && p.f.fl.hasWidth {
				p.goodArgNum = false
			}
		}

		// Precision: . then * or digits (none means 0).
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.f.prec, p.f.fl.hasPrec, argNum = intArg(a, argNum)
				if p.f.prec < 0 {
					p.f.prec = 0
					p.f.fl.hasPrec = false
				}
				if !p.f.fl.hasPrec {
					p.buf = append(p.buf, "%!(BADPREC)"...)
				}
				afterIndex = false
			} else {
				p.f.prec, p.f.fl.hasPrec, i = number(format, i, end)
				if !p.f.fl.hasPrec {
					p.f.prec = 0
					p.f.fl.hasPrec = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argIndex(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}
		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			p.buf = append(p.buf, '%')
		case !p.goodArgNum:
			p.verbError(verb, "BADINDEX")
		case argNum >= len(a):
			p.verbError(verb, "MISSING")
		default:
			p.printVerb(a[argNum], verb)
			argNum++
		}
	}

	if !p.reordered && argNum < len(a) {
		p.f.reset()
		p.buf = append(p.buf, "%!(EXTRA "...)
		for k, arg := range a[argNum:] {
			if k > 0 {
				p.buf = append(p.buf, ", "...)
			}
			if arg == nil {
				p.buf = append(p.buf, "<nil>"...)
			} else {
				p.buf = append(p.buf, reflect.TypeOf(arg).String()...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}

// readFlags reads the flag characters at format[i:] into p.f.fl.
func (p *printer) readFlags(format string, i int) int {
	for ; i < len(format); i++ {
		switch format[i] {
		case '#':
			p.f.fl.sharp = true
		case '0':
			p.f.fl.zero = !p.f.fl.minus // zeros pad only on the left
		case '+':
			p.f.fl.plus = true
		case '-':
			p.f.fl.minus = true
			p.f.fl.zero = false
		case ' ':
			p.f.fl.space = true
		default:
			return i
		}
	}
	return i
}

// printVerb prints one operand; for %v the # and + flags become %#v / %+v.
func (p *printer) printVerb(arg any, verb rune) {
	if verb == 'v' {
		p.f.fl.sharpV = p.f.fl.sharp
		p.f.fl.sharp = false
		p.f.fl.plusV = p.f.fl.plus
		p.f.fl.plus = false
	}
	p.printArg(arg, verb)
}

// verbError writes %!verb(WHAT).
func (p *printer) verbError(verb rune, what string) {
	p.buf = append(p.buf, "%!"...)
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, '(')
	p.buf = append(p.buf, what...)
	p.buf = append(p.buf, ')')
}
