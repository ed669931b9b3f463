package time

// Parsing a Time by example: the layout's placeholders (format.go) say
// what each part of the text holds, its literal text must match. The
// fields are collected in a timeParser, checked, then turned into a Time.

// A ParseError describes a text that does not match its layout.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

func (e *ParseError) Error() string {
	if e.Message != "" {
		return "parsing time " + quote(e.Value) + e.Message
	}
	return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) +
		": cannot parse " + quote(e.ValueElem) + " as " + quote(e.LayoutElem)
}

// Parse reads value laid out like layout; without zone information the
// result is in UTC, and a zone that matches Local's becomes Local.
func Parse(layout, value string) (Time, error) {
	return parseTime(layout, value, UTC, Local)
}

// ParseInLocation is Parse with loc both as the default location and as
// the one whose zone a parsed offset or abbreviation is matched against.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parseTime(layout, value, loc, loc)
}

// timeParser holds what has been read so far.
type timeParser struct {
	rest                   string // text not yet consumed
	year, month, day, yday int    // month, day, yday: -1 until seen
	hour, min, sec, nsec   int
	am, pm                 bool
	zone                   *Location // set by "Z" or "UTC"
	offset                 int       // seconds east of UTC; -1 until seen
	zoneName               string
	outOfRange             string // the field that was out of range
}

// errMismatch marks an element whose text could not be read.
type mismatch struct{}

func (mismatch) Error() string { return "bad value for field" }

var errMismatch error = mismatch{}

func parseTime(layout, value string, def, local *Location) (Time, error) {
	p := timeParser{rest: value, month: -1, day: -1, yday: -1, offset: -1}
	fail := func(layoutElem, msg string) (Time, error) {
		return Time{}, &ParseError{Layout: layout, Value: value, LayoutElem: layoutElem, ValueElem: p.rest, Message: msg}
	}
	lit := 0
	for i := 0; i <= len(layout); {
		var e elem
		if i < len(layout) {
			if e = scanLayout(layout, i); e.kind == elemNone {
				i++
				continue
			}
		}
		if !p.literal(layout[lit : i+e.skip]) {
			return fail(layout[lit:i+e.skip], "")
		}
		if e.kind == elemNone { // end of layout
			if p.rest != "" {
				return fail("", ": extra text: "+quote(p.rest))
			}
			break
		}
		i += e.skip
		err := p.element(e, layout[i+e.size:])
		if p.outOfRange != "" {
			return fail(layout[i:i+e.size], ": "+p.outOfRange+" out of range")
		}
		if err != nil {
			return fail(layout[i:i+e.size], "")
		}
		i += e.size
		lit = i
	}
	if msg := p.settleDate(); msg != "" {
		return fail("", msg)
	}
	return p.result(def, local), nil
}

// literal matches layout text: a run of spaces in the layout matches any
// run of spaces (a non-space where one is expected fails); other bytes
// must be equal.
func (p *timeParser) literal(text string) bool {
	for text != "" {
		if text[0] == ' ' {
			if p.rest != "" && p.rest[0] != ' ' {
				return false
			}
			text, p.rest = trimSpaces(text), trimSpaces(p.rest)
			continue
		}
		if p.rest == "" || p.rest[0] != text[0] {
			return false
		}
		text, p.rest = text[1:], p.rest[1:]
	}
	return true
}

func trimSpaces(s string) string {
	for s != "" && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// take removes and returns the next n bytes, or fails if there are fewer.
func (p *timeParser) take(n int) (string, error) {
	if len(p.rest) < n {
		return "", errMismatch
	}
	s := p.rest[:n]
	p.rest = p.rest[n:]
	return s, nil
}

// element reads the text of one placeholder; after is the layout that
// follows it.
func (p *timeParser) element(e elem, after string) error {
	switch e.kind {
	case elemYear, elemYear2:
		return p.readYear(e.kind == elemYear)
	case elemMonthName, elemMonthAbbr:
		m, err := p.name(monthNames[:], e.kind == elemMonthAbbr)
		p.month = m + 1
		return err
	case elemDayName, elemDayAbbr: // checked, then ignored
		_, err := p.name(dayNames[:], e.kind == elemDayAbbr)
		return err
	case elemMonth, elemMonth2:
		return p.number(&p.month, e.kind == elemMonth2, 1, 12, "month")
	case elemDay, elemDaySpace, elemDay2:
		if e.kind == elemDaySpace && p.rest != "" && p.rest[0] == ' ' {
			p.rest = p.rest[1:]
		}
		return p.number(&p.day, e.kind == elemDay2, -1<<31, 1<<31, "") // checked later
	case elemYearDaySpace, elemYearDay3:
		return p.readYearDay(e.kind == elemYearDay3)
	case elemHour:
		return p.number(&p.hour, false, 0, 23, "hour")
	case elemHour12, elemHour12Pad:
		return p.number(&p.hour, e.kind == elemHour12Pad, 0, 12, "hour")
	case elemMinute, elemMinute2:
		return p.number(&p.min, e.kind == elemMinute2, 0, 59, "minute")
	case elemSecond, elemSecond2:
		err := p.number(&p.sec, e.kind == elemSecond2, 0, 59, "second")
		if p.outOfRange != "" {
			return err
		}
		// Go reads a fraction here even when the seconds were missing
		// (layout "05" accepts ".5"), and then reports no error.
		if n := p.unaskedFraction(after); n > 0 {
			return p.fraction(n)
		}
		return err
	case elemAMPM, elemampm:
		return p.readAMPM(e.kind == elemampm)
	case elemOffset, elemOffsetZ:
		return p.readOffset(e)
	case elemZoneName:
		return p.readZoneName()
	case elemFracFixed:
		return p.fraction(e.size)
	case elemFracTrim:
		return p.optionalFraction()
	}
	return nil
}

// readYear reads four digits, or two meaning 1969-2068.
func (p *timeParser) readYear(long bool) error {
	if !long {
		if len(p.rest) < 2 {
			return errMismatch
		}
		y, err := signedInt(p.rest[:2])
		if err != nil {
			return err
		}
		p.rest = p.rest[2:]
		if y >= 69 {
			p.year = y + 1900
		} else {
			p.year = y + 2000
		}
		return nil
	}
	if len(p.rest) < 4 || !isDigitAt(p.rest, 0) {
		return errMismatch
	}
	s, _ := p.take(4)
	y, err := signedInt(s)
	p.year = y
	return err
}

// name reads one of names, ignoring ASCII case; abbr uses their first three
// letters. It returns the index.
func (p *timeParser) name(names []string, abbr bool) (int, error) {
	for i, n := range names {
		if abbr {
			n = n[:3]
		}
		if len(p.rest) >= len(n) && equalFoldASCII(p.rest[:len(n)], n) {
			p.rest = p.rest[len(n):]
			return i, nil
		}
	}
	return -1, errMismatch
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// number reads one or two digits (exactly two if padded) into *dst; a
// value outside [lo, hi] records field as out of range.
func (p *timeParser) number(dst *int, padded bool, lo, hi int, field string) error {
	if !isDigitAt(p.rest, 0) || padded && !isDigitAt(p.rest, 1) {
		return errMismatch
	}
	n := 1
	if isDigitAt(p.rest, 1) {
		n = 2
	}
	v := 0
	for k := 0; k < n; k++ {
		v = v*10 + int(p.rest[k]-'0')
	}
	p.rest = p.rest[n:]
	*dst = v
	if v < lo || v > hi {
		p.outOfRange = field
	}
	return nil
}

// readYearDay reads the day of the year: up to three digits (exactly
// three for 002, after up to two padding spaces for __2).
func (p *timeParser) readYearDay(padded bool) error {
	if !padded {
		for k := 0; k < 2 && p.rest != "" && p.rest[0] == ' '; k++ {
			p.rest = p.rest[1:]
		}
	}
	v, n := 0, 0
	for ; n < 3 && isDigitAt(p.rest, n); n++ {
		v = v*10 + int(p.rest[n]-'0')
	}
	if n == 0 || padded && n != 3 {
		return errMismatch
	}
	p.rest = p.rest[n:]
	p.yday = v
	return nil
}

// unaskedFraction returns the length of a ".123" after the seconds when
// the layout has no fraction placeholder next but the text has one, or 0.
func (p *timeParser) unaskedFraction(after string) int {
	if len(p.rest) < 2 || !isSeparator(p.rest[0]) || !isDigitAt(p.rest, 1) {
		return 0
	}
	if next := nextElem(after); next == elemFracFixed || next == elemFracTrim {
		return 0 // the layout reads it itself
	}
	n := 2
	for isDigitAt(p.rest, n) {
		n++
	}
	return n
}

// nextElem is the kind of the first placeholder in layout.
func nextElem(layout string) elemKind {
	for i := 0; i < len(layout); i++ {
		if e := scanLayout(layout, i); e.kind != elemNone {
			return e.kind
		}
	}
	return elemNone
}

func isSeparator(c byte) bool { return c == '.' || c == ',' }

// fraction reads a separator and n-1 following characters as a fraction
// of a second (only the first nine digits count).
func (p *timeParser) fraction(n int) error {
	if len(p.rest) < n {
		return errMismatch
	}
	text := p.rest[:n]
	p.rest = p.rest[n:]
	if !isSeparator(text[0]) {
		return errMismatch
	}
	if len(text) > 10 {
		text = text[:10]
	}
	v, err := signedInt(text[1:])
	if err != nil {
		return err
	}
	if v < 0 {
		p.outOfRange = "fractional second"
		return nil
	}
	for k := len(text); k < 10; k++ {
		v *= 10
	}
	p.nsec = v
	return nil
}

// optionalFraction reads a fraction of any length if the text has one.
func (p *timeParser) optionalFraction() error {
	if len(p.rest) < 2 || !isSeparator(p.rest[0]) || !isDigitAt(p.rest, 1) {
		return nil
	}
	n := 1
	for n < 10 && isDigitAt(p.rest, n) {
		n++
	}
	return p.fraction(n)
}

func (p *timeParser) readAMPM(lower bool) error {
	s, err := p.take(2)
	if err != nil {
		return err
	}
	am, pm := "AM", "PM"
	if lower {
		am, pm = "am", "pm"
	}
	switch s {
	case am:
		p.am = true
	case pm:
		p.pm = true
	default:
		return errMismatch
	}
	return nil
}

// readOffset reads a zone offset in the layout's form (Z forms also take
// a bare "Z" for UTC, except those with seconds).
func (p *timeParser) readOffset(e elem) error {
	if e.kind == elemOffsetZ && e.hms < 3 && p.rest != "" && p.rest[0] == 'Z' {
		p.rest = p.rest[1:]
		p.zone = UTC
		return nil
	}
	width := 1 + 2*e.hms // sign and two digits per part
	if e.sep != 0 {
		width += e.hms - 1
	}
	if len(p.rest) < width {
		return errMismatch
	}
	if e.sep != 0 && (p.rest[3] != e.sep || e.hms == 3 && p.rest[6] != e.sep) {
		return errMismatch // separators are checked before anything is consumed
	}
	s, _ := p.take(width)
	var part [3]int
	for k, at := 0, 1; k < e.hms; k, at = k+1, at+2 {
		if k > 0 && e.sep != 0 {
			at++
		}
		var err error
		if part[k], err = signedInt(s[at : at+2]); err != nil {
			return err
		}
	}
	p.offset = (part[0]*60+part[1])*60 + part[2]
	switch s[0] {
	case '+':
	case '-':
		p.offset = -p.offset
	default:
		return errMismatch
	}
	return nil
}

// readZoneName reads a zone abbreviation such as MST, CEST, GMT+3 or +07.
func (p *timeParser) readZoneName() error {
	if len(p.rest) >= 3 && p.rest[:3] == "UTC" {
		p.rest = p.rest[3:]
		p.zone = UTC
		return nil
	}
	n := zoneNameLen(p.rest)
	if n == 0 {
		return errMismatch
	}
	p.zoneName, p.rest = p.rest[:n], p.rest[n:]
	return nil
}

// zoneNameLen is the length of the zone abbreviation at the start of s, 0
// if there is none: 3 capitals, 4 ending in T (or WITA, ChST, MeST), 5
// ending in T, GMT with an optional signed hour, or a signed hour alone.
func zoneNameLen(s string) int {
	switch {
	case len(s) < 3:
		return 0
	case len(s) >= 4 && (s[:4] == "ChST" || s[:4] == "MeST"):
		return 4
	case s[:3] == "GMT":
		if len(s) == 3 {
			return 3
		}
		return 3 + signedHourLen(s[3:])
	case s[0] == '+' || s[0] == '-':
		return signedHourLen(s)
	}
	caps := 0
	for caps < 6 && caps < len(s) && 'A' <= s[caps] && s[caps] <= 'Z' {
		caps++
	}
	switch {
	case caps == 3:
		return 3
	case caps == 4 && (s[3] == 'T' || s[:4] == "WITA"):
		return 4
	case caps == 5 && s[4] == 'T':
		return 5
	}
	return 0
}

// signedHourLen is the length of "+h" or "-hh" (an hour up to 23) at the
// start of s, or 0.
func signedHourLen(s string) int {
	if s[0] != '+' && s[0] != '-' {
		return 0
	}
	p := durationParser{rest: s[1:]}
	v, n, ok := p.integer()
	if !ok || n == 0 || v > 23 {
		return 0
	}
	return 1 + n
}

// signedInt reads a whole string as a decimal integer with an optional
// sign (the empty string, or a sign alone, reads as 0).
func signedInt(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg, s = s[0] == '-', s[1:]
	}
	p := durationParser{rest: s}
	v, _, ok := p.integer()
	if !ok || p.rest != "" {
		return 0, errMismatch
	}
	if neg {
		return -int(v), nil
	}
	return int(v), nil
}

// settleDate applies AM/PM, turns a day of the year into month and day,
// fills in defaults and checks the day against the month; it returns an
// error message or "".
func (p *timeParser) settleDate() string {
	if p.pm && p.hour < 12 {
		p.hour += 12
	} else if p.am && p.hour == 12 {
		p.hour = 0
	}
	if p.yday >= 0 {
		if msg := p.dateFromYearDay(); msg != "" {
			return msg
		}
	} else {
		if p.month < 0 {
			p.month = int(January)
		}
		if p.day < 0 {
			p.day = 1
		}
	}
	if p.day < 1 || p.day > daysInMonth(Month(p.month), p.year) {
		return ": day out of range"
	}
	return ""
}

func (p *timeParser) dateFromYearDay() string {
	y := int64(p.year)
	last := int(daysFrom(y+1, January, 1) - daysFrom(y, January, 1))
	if p.yday < 1 || p.yday > last {
		return ": day-of-year out of range"
	}
	_, m, d := civil(daysFrom(y, January, 1) + int64(p.yday) - 1)
	if p.month >= 0 && p.month != int(m) {
		return ": day-of-year does not match month"
	}
	if p.day >= 0 && p.day != d {
		return ": day-of-year does not match day"
	}
	p.month, p.day = int(m), d
	return ""
}

func daysInMonth(m Month, year int) int {
	if m < January || m > December {
		return 0
	}
	next, y := m+1, int64(year)
	if next > December {
		next, y = January, y+1
	}
	return int(daysFrom(y, next, 1) - daysFrom(int64(year), m, 1))
}

// result builds the Time: in the zone named by "Z"/"UTC"; at a parsed
// offset (in local if local's zone has that offset and name, else in a
// fixed zone); at a parsed abbreviation (local if it names local's zone,
// else a fixed zone, with the hour of GMT+h as its offset); otherwise in
// def.
func (p *timeParser) result(def, local *Location) Time {
	date := func(loc *Location) Time {
		return Date(p.year, Month(p.month), p.day, p.hour, p.min, p.sec, p.nsec, loc)
	}
	switch {
	case p.zone != nil:
		return date(p.zone)
	case p.offset != -1:
		t := date(UTC)
		t.sec -= int64(p.offset)
		if local.offset == p.offset && (p.zoneName == "" || p.zoneName == local.zone) {
			t.loc = local
		} else {
			t.loc = FixedZone(p.zoneName, p.offset)
		}
		return t
	case p.zoneName != "":
		t := date(UTC)
		if p.zoneName == local.zone {
			t.sec -= int64(local.offset)
			t.loc = local
			return t
		}
		offset := 0
		if len(p.zoneName) > 3 && p.zoneName[:3] == "GMT" {
			h, _ := signedInt(p.zoneName[3:])
			offset = h * 3600
		}
		t.loc = FixedZone(p.zoneName, offset)
		return t
	}
	return date(def)
}
