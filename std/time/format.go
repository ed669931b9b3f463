package time

// Formatting a Time by example. A layout is the reference time
// Mon Jan 2 15:04:05 MST 2006 (Unix 1136239445) written the way the output
// should look; each piece of the reference (2006, Jan, 15, .000, -07:00, ...)
// is a placeholder, everything else is copied. The placeholders are found
// by scanLayout, which returns the element at a position of the layout.

// Layouts Go predefines.
const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
)

// The kinds of layout element.
type elemKind int

const (
	elemNone         elemKind = iota
	elemYear                  // 2006
	elemYear2                 // 06
	elemMonthName             // January
	elemMonthAbbr             // Jan
	elemMonth                 // 1
	elemMonth2                // 01
	elemDayName               // Monday
	elemDayAbbr               // Mon
	elemDay                   // 2
	elemDaySpace              // _2
	elemDay2                  // 02
	elemYearDaySpace          // __2
	elemYearDay3              // 002
	elemHour                  // 15
	elemHour12                // 3
	elemHour12Pad             // 03
	elemMinute                // 4
	elemMinute2               // 04
	elemSecond                // 5
	elemSecond2               // 05
	elemAMPM                  // PM
	elemampm                  // pm
	elemZoneName              // MST
	elemOffset                // -0700, -07:00, -07, -070000, -07:00:00
	elemOffsetZ               // the same starting with Z: Z for UTC
	elemFracFixed             // .000 or ,000
	elemFracTrim              // .999 or ,999
)

// An elem is one placeholder found in a layout.
type elem struct {
	kind elemKind
	size int  // bytes of layout it covers
	skip int  // literal bytes before it that belong to the text (for "_2006")
	sep  byte // fractions: '.' or ','; offsets: ':' if the parts are colon-separated
	hms  int  // offsets: 1 = hours only, 2 = hours and minutes, 3 = with seconds
}

// The offset spellings after the leading '-' or 'Z', longest first.
var offsetForms = [...]struct {
	text string
	sep  byte
	hms  int
}{
	{"070000", 0, 3}, {"07:00:00", ':', 3}, {"0700", 0, 2}, {"07:00", ':', 2}, {"07", 0, 1},
}

func hasAt(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}

func isDigitAt(s string, i int) bool {
	return i < len(s) && '0' <= s[i] && s[i] <= '9'
}

// scanLayout reports the placeholder starting at layout[i], if any.
func scanLayout(layout string, i int) elem {
	switch c := layout[i]; c {
	case 'J':
		if hasAt(layout, i, "January") {
			return elem{kind: elemMonthName, size: 7}
		}
		if hasAt(layout, i, "Jan") {
			return elem{kind: elemMonthAbbr, size: 3}
		}
	case 'M':
		if hasAt(layout, i, "Monday") {
			return elem{kind: elemDayName, size: 6}
		}
		if hasAt(layout, i, "Mon") {
			return elem{kind: elemDayAbbr, size: 3}
		}
		if hasAt(layout, i, "MST") {
			return elem{kind: elemZoneName, size: 3}
		}
	case '0':
		if i+1 < len(layout) && '1' <= layout[i+1] && layout[i+1] <= '6' {
			kinds := [...]elemKind{elemMonth2, elemDay2, elemHour12Pad, elemMinute2, elemSecond2, elemYear2}
			return elem{kind: kinds[layout[i+1]-'1'], size: 2}
		}
		if hasAt(layout, i, "002") {
			return elem{kind: elemYearDay3, size: 3}
		}
	case '1':
		if hasAt(layout, i, "15") {
			return elem{kind: elemHour, size: 2}
		}
		return elem{kind: elemMonth, size: 1}
	case '2':
		if hasAt(layout, i, "2006") {
			return elem{kind: elemYear, size: 4}
		}
		return elem{kind: elemDay, size: 1}
	case '_':
		if hasAt(layout, i, "_2006") { // a literal '_' before the year
			return elem{kind: elemYear, size: 4, skip: 1}
		}
		if hasAt(layout, i, "__2") {
			return elem{kind: elemYearDaySpace, size: 3}
		}
		if hasAt(layout, i, "_2") {
			return elem{kind: elemDaySpace, size: 2}
		}
	case '3', '4', '5':
		kinds := [...]elemKind{elemHour12, elemMinute, elemSecond}
		return elem{kind: kinds[c-'3'], size: 1}
	case 'P':
		if hasAt(layout, i, "PM") {
			return elem{kind: elemAMPM, size: 2}
		}
	case 'p':
		if hasAt(layout, i, "pm") {
			return elem{kind: elemampm, size: 2}
		}
	case '-', 'Z':
		for _, f := range offsetForms {
			if hasAt(layout, i+1, f.text) {
				k := elemOffset
				if c == 'Z' {
					k = elemOffsetZ
				}
				return elem{kind: k, size: 1 + len(f.text), sep: f.sep, hms: f.hms}
			}
		}
	case '.', ',':
		if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
			j := i + 1
			for j < len(layout) && layout[j] == layout[i+1] {
				j++
			}
			if !isDigitAt(layout, j) {
				k := elemFracFixed
				if layout[i+1] == '9' {
					k = elemFracTrim
				}
				return elem{kind: k, size: j - i, sep: c}
			}
		}
	}
	return elem{}
}

// appendInt appends v in decimal, zero-padded to width digits.
func appendInt(b []byte, v int, width int) []byte {
	u := uint64(v)
	if v < 0 {
		b = append(b, '-')
		u = -u
	}
	var buf [32]byte
	i := putInt(&buf, len(buf), u)
	for n := len(buf) - i; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// The calendar fields of a Time that Format needs, computed once.
type fields struct {
	year, day, hour, min, sec, yday int
	month                           Month
	wday                            Weekday
	nsec                            int
	zone                            string
	offset                          int
}

func (t Time) fields() fields {
	var f fields
	f.year, f.month, f.day = t.Date()
	f.hour, f.min, f.sec = t.Clock()
	f.wday, f.yday, f.nsec = t.Weekday(), t.YearDay(), int(t.nsec)
	f.zone, f.offset = t.Zone()
	return f
}

// Format returns t written in the shape of layout.
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	f := t.fields()
	lit := 0 // start of the pending literal text
	for i := 0; i < len(layout); {
		e := scanLayout(layout, i)
		if e.kind == elemNone {
			i++
			continue
		}
		b = append(b, layout[lit:i+e.skip]...)
		b = f.appendElem(b, e)
		i += e.skip + e.size
		lit = i
	}
	return append(b, layout[lit:]...)
}

// appendElem writes one placeholder's value.
func (f *fields) appendElem(b []byte, e elem) []byte {
	switch e.kind {
	case elemYear:
		return appendInt(b, f.year, 4)
	case elemYear2:
		y := f.year
		if y < 0 {
			y = -y
		}
		return appendInt(b, y%100, 2)
	case elemMonthName:
		return append(b, f.month.String()...)
	case elemMonthAbbr:
		return append(b, f.month.String()[:3]...)
	case elemMonth, elemMonth2:
		return appendInt(b, int(f.month), widthOf(e.kind == elemMonth2))
	case elemDayName:
		return append(b, f.wday.String()...)
	case elemDayAbbr:
		return append(b, f.wday.String()[:3]...)
	case elemDay, elemDay2:
		return appendInt(b, f.day, widthOf(e.kind == elemDay2))
	case elemDaySpace:
		return appendSpaced(b, f.day, 2)
	case elemYearDaySpace:
		return appendSpaced(b, f.yday, 3)
	case elemYearDay3:
		return appendInt(b, f.yday, 3)
	case elemHour:
		return appendInt(b, f.hour, 2)
	case elemHour12, elemHour12Pad:
		return appendInt(b, hour12(f.hour), widthOf(e.kind == elemHour12Pad))
	case elemMinute, elemMinute2:
		return appendInt(b, f.min, widthOf(e.kind == elemMinute2))
	case elemSecond, elemSecond2:
		return appendInt(b, f.sec, widthOf(e.kind == elemSecond2))
	case elemAMPM, elemampm:
		return appendAMPM(b, f.hour, e.kind == elemampm)
	case elemZoneName:
		return f.appendZoneName(b)
	case elemOffset, elemOffsetZ:
		return appendOffset(b, f.offset, e)
	case elemFracFixed, elemFracTrim:
		return appendFraction(b, f.nsec, e)
	}
	return b
}

func widthOf(padded bool) int {
	if padded {
		return 2
	}
	return 0
}

func hour12(h int) int {
	if h %= 12; h == 0 {
		return 12
	}
	return h
}

// appendSpaced writes v right-aligned in width columns, padded with spaces.
func appendSpaced(b []byte, v, width int) []byte {
	digits := len(appendInt(nil, v, 0))
	for ; digits < width; digits++ {
		b = append(b, ' ')
	}
	return appendInt(b, v, 0)
}

func appendAMPM(b []byte, hour int, lower bool) []byte {
	s := "AM"
	if hour >= 12 {
		s = "PM"
	}
	if lower {
		s = string([]byte{s[0] + 'a' - 'A', 'm'})
	}
	return append(b, s...)
}

// appendZoneName writes the zone abbreviation, or the offset as -0700 when
// the zone has no name.
func (f *fields) appendZoneName(b []byte) []byte {
	if f.zone != "" {
		return append(b, f.zone...)
	}
	return appendOffset(b, f.offset, elem{kind: elemOffset, hms: 2})
}

// appendOffset writes a zone offset as ±hh[[:]mm[[:]ss]], or Z for UTC in
// the Z forms.
func appendOffset(b []byte, offset int, e elem) []byte {
	if offset == 0 && e.kind == elemOffsetZ {
		return append(b, 'Z')
	}
	// The sign is that of the whole minutes; the seconds keep their own
	// sign when those are zero (Go prints an offset of -1s as +00:00:-01).
	mins, secs, sign := offset/60, offset, byte('+')
	if mins < 0 {
		mins, secs, sign = -mins, -secs, '-'
	}
	b = appendInt(append(b, sign), mins/60, 2)
	parts := [...]int{mins % 60, secs % 60}
	for k := 1; k < e.hms; k++ {
		if e.sep != 0 {
			b = append(b, e.sep)
		}
		b = appendInt(b, parts[k-1], 2)
	}
	return b
}

// appendFraction writes the separator and the first digits of the
// nanoseconds; the trimming form drops trailing zeros, and the separator
// too when nothing is left.
func appendFraction(b []byte, nsec int, e elem) []byte {
	digits := e.size - 1
	if digits > 9 {
		digits = 9
	}
	var d [9]byte
	for k := 8; k >= 0; k-- {
		d[k] = byte('0' + nsec%10)
		nsec /= 10
	}
	n := digits
	if e.kind == elemFracTrim {
		for n > 0 && d[n-1] == '0' {
			n--
		}
		if n == 0 {
			return b
		}
	}
	return append(append(b, e.sep), d[:n]...)
}

// startNano is the monotonic clock at start-up; String prints monotonic
// readings relative to it, as Go does ("m=+0.001234567").
var startNano int64 = runtimeNano() - 1

// String formats t as "2006-01-02 15:04:05.999999999 -0700 MST", followed
// by the monotonic reading when t has one.
func (t Time) String() string {
	b := t.AppendFormat(make([]byte, 0, 64), "2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startNano
		sign := byte('+')
		u := uint64(m)
		if m < 0 {
			sign, u = '-', -u
		}
		b = append(b, " m="...)
		b = append(b, sign)
		b = appendInt(b, int(u/1e9), 0)
		b = append(b, '.')
		b = appendInt(b, int(u%1e9), 9)
	}
	return string(b)
}
