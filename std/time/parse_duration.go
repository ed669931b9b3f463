package time

import "errors"

// ParseDuration reads a duration such as "300ms", "-1.5h" or "2h45m": an
// optional sign, then one or more decimal numbers (with optional fraction)
// each followed by a unit: ns, us (or µs, μs), ms, s, m, h.
//
//	duration = [ "+" | "-" ] term { term } | [ "+" | "-" ] "0"
//	term     = ( digits [ "." { digit } ] | "." digits ) unit
func ParseDuration(s string) (Duration, error) {
	p := durationParser{rest: s, orig: s}
	neg := p.sign()
	if p.rest == "0" {
		return 0, nil
	}
	if p.rest == "" {
		return 0, p.invalid()
	}
	var total uint64
	for p.rest != "" {
		v, err := p.term()
		if err != nil {
			return 0, err
		}
		if total += v; total > 1<<63 {
			return 0, p.invalid()
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return 0, p.invalid()
	}
	return Duration(total), nil
}

// durationParser walks the text of a duration.
type durationParser struct {
	rest string // what is left to read
	orig string // the whole input, for error messages
}

func (p *durationParser) invalid() error {
	return errors.New("time: invalid duration " + quote(p.orig))
}

// sign consumes an optional leading sign and reports whether it was '-'.
func (p *durationParser) sign() bool {
	if p.rest != "" && (p.rest[0] == '-' || p.rest[0] == '+') {
		neg := p.rest[0] == '-'
		p.rest = p.rest[1:]
		return neg
	}
	return false
}

// term consumes one number with its unit and returns it in nanoseconds.
func (p *durationParser) term() (uint64, error) {
	if c := p.rest[0]; c != '.' && !('0' <= c && c <= '9') {
		return 0, p.invalid()
	}
	whole, n, ok := p.integer()
	if !ok {
		return 0, p.invalid()
	}
	var frac uint64
	scale := 1.0
	digits := n
	if p.rest != "" && p.rest[0] == '.' {
		p.rest = p.rest[1:]
		var m int
		frac, scale, m = p.fraction()
		digits += m
	}
	if digits == 0 { // "." alone
		return 0, p.invalid()
	}
	unit, err := p.unit()
	if err != nil {
		return 0, err
	}
	if whole > 1<<63/unit {
		return 0, p.invalid()
	}
	v := whole * unit
	if frac > 0 {
		// float64 keeps fractions of an hour exact to the nanosecond
		v += uint64(float64(frac) * (float64(unit) / scale))
		if v > 1<<63 {
			return 0, p.invalid()
		}
	}
	return v, nil
}

// integer consumes decimal digits; ok is false if the value exceeds 1<<63.
func (p *durationParser) integer() (v uint64, n int, ok bool) {
	for ; n < len(p.rest) && isDigitAt(p.rest, n); n++ {
		if v > 1<<63/10 {
			return 0, n, false
		}
		if v = v*10 + uint64(p.rest[n]-'0'); v > 1<<63 {
			return 0, n, false
		}
	}
	p.rest = p.rest[n:]
	return v, n, true
}

// fraction consumes the digits after a '.', keeping as many as fit in 63
// bits; the value is v/scale.
func (p *durationParser) fraction() (v uint64, scale float64, n int) {
	scale = 1
	full := false
	for ; n < len(p.rest) && isDigitAt(p.rest, n); n++ {
		if full {
			continue
		}
		next := v*10 + uint64(p.rest[n]-'0')
		if v > (1<<63-1)/10 || next > 1<<63 {
			full = true
			continue
		}
		v, scale = next, scale*10
	}
	p.rest = p.rest[n:]
	return v, scale, n
}

// unit consumes a unit name (everything up to the next digit or '.').
func (p *durationParser) unit() (uint64, error) {
	i := 0
	for i < len(p.rest) && p.rest[i] != '.' && !isDigitAt(p.rest, i) {
		i++
	}
	if i == 0 {
		return 0, errors.New("time: missing unit in duration " + quote(p.orig))
	}
	name := p.rest[:i]
	p.rest = p.rest[i:]
	switch name {
	case "ns":
		return uint64(Nanosecond), nil
	case "us", "µs", "μs": // micro sign U+00B5, Greek mu U+03BC
		return uint64(Microsecond), nil
	case "ms":
		return uint64(Millisecond), nil
	case "s":
		return uint64(Second), nil
	case "m":
		return uint64(Minute), nil
	case "h":
		return uint64(Hour), nil
	}
	return 0, errors.New("time: unknown unit " + quote(name) + " in duration " + quote(p.orig))
}

// quote puts s in double quotes for an error message, escaping quotes and
// backslashes, and writing control and non-ASCII bytes as \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < ' ' || c >= 0x80:
			b = append(b, '\\', 'x', hex[c>>4], hex[c&15])
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		default:
			b = append(b, c)
		}
	}
	return string(append(b, '"'))
}
