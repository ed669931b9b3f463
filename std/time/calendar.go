package time

// The proleptic Gregorian calendar: converting between a count of days and
// (year, month, day), and the Time methods that read or build calendar
// fields. Days are counted from 1970-01-01 (day 0) so that the arithmetic
// below works on the 400-year cycles that start on March 1 of year 0.

// A Month is a month of the year (January = 1).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

// A Weekday is a day of the week (Sunday = 0).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var monthNames = [...]string{"January", "February", "March", "April", "May", "June",
	"July", "August", "September", "October", "November", "December"}

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the month; out-of-range values print
// as %!Month(n).
func (m Month) String() string {
	if m >= January && m <= December {
		return monthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// String returns the English name of the day.
func (d Weekday) String() string {
	if d >= Sunday && d <= Saturday {
		return dayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

// utoa formats v in decimal (out-of-range values print unsigned, as in Go).
func utoa(v uint64) string {
	var buf [32]byte
	return string(buf[putInt(&buf, len(buf), v):])
}

const (
	secondsPerDay  = 86400
	daysPer400Year = 146097
	// days from 0000-03-01 (start of a 400-year cycle) to 1970-01-01
	epochShift = 719468
)

// floorDiv divides rounding toward negative infinity.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// civil turns days since 1970-01-01 into a date. The year is counted from
// March, so that the leap day is the last day of its year.
func civil(days int64) (year int64, month Month, day int) {
	z := days + epochShift
	era := floorDiv(z, daysPer400Year)
	dayOfEra := z - era*daysPer400Year                                               // [0, 146096]
	yearOfEra := (dayOfEra - dayOfEra/1460 + dayOfEra/36524 - dayOfEra/146096) / 365 // [0, 399]
	dayOfYear := dayOfEra - (365*yearOfEra + yearOfEra/4 - yearOfEra/100)            // [0, 365], from March 1
	monthFromMarch := (5*dayOfYear + 2) / 153                                        // [0, 11]
	day = int(dayOfYear - (153*monthFromMarch+2)/5 + 1)
	month = Month(monthFromMarch + 3)
	if month > 12 {
		month -= 12
	}
	year = yearOfEra + era*400
	if month <= February {
		year++
	}
	return
}

// daysFrom is civil's inverse; month must be in [1, 12], day may be any value.
func daysFrom(year int64, month Month, day int64) int64 {
	if month <= February {
		year--
	}
	era := floorDiv(year, 400)
	yearOfEra := year - era*400
	monthFromMarch := int64(month) - 3
	if monthFromMarch < 0 {
		monthFromMarch += 12
	}
	dayOfYear := (153*monthFromMarch+2)/5 + day - 1
	dayOfEra := yearOfEra*365 + yearOfEra/4 - yearOfEra/100 + dayOfYear
	return era*daysPer400Year + dayOfEra - epochShift
}

// days returns the day number (since 1970) and the second within that day
// of t on its zone's wall clock.
func (t Time) days() (days int64, secOfDay int) {
	s := t.local() - unixToInternal
	days = floorDiv(s, secondsPerDay)
	return days, int(s - days*secondsPerDay)
}

// Date returns the year, month and day of t in its location.
func (t Time) Date() (year int, month Month, day int) {
	d, _ := t.days()
	y, m, dd := civil(d)
	return int(y), m, dd
}

func (t Time) Year() int    { y, _, _ := t.Date(); return y }
func (t Time) Month() Month { _, m, _ := t.Date(); return m }
func (t Time) Day() int     { _, _, d := t.Date(); return d }
func (t Time) Hour() int    { h, _, _ := t.Clock(); return h }
func (t Time) Minute() int  { _, m, _ := t.Clock(); return m }
func (t Time) Second() int  { _, _, s := t.Clock(); return s }

// Weekday returns the day of the week of t (1970-01-01 was a Thursday).
func (t Time) Weekday() Weekday {
	d, _ := t.days()
	return Weekday(d + 4 - floorDiv(d+4, 7)*7)
}

// Clock returns the hour, minute and second of t in its location.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.days()
	return s / 3600, s / 60 % 60, s % 60
}

// YearDay returns the day of the year of t, in [1, 366].
func (t Time) YearDay() int {
	d, _ := t.days()
	y, _, _ := civil(d)
	return int(d - daysFrom(y, January, 1) + 1)
}

// ISOWeek returns the ISO 8601 year and week number of t: weeks start on
// Monday and week 1 is the one holding the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	d, _ := t.days()
	wd := d + 3 - floorDiv(d+3, 7)*7 // days since Monday (1970-01-05 is day 4)
	thursday := d - wd + 3           // the Thursday of t's week decides the year
	y, _, _ := civil(thursday)
	return int(y), int((thursday-daysFrom(y, January, 1))/7 + 1)
}

// Date returns the Time for the given wall-clock fields in loc. Fields out
// of their usual ranges carry into the next larger field (October 32 is
// November 1); it panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	y, m := carry(int64(year), int64(month)-1, 12)
	s, ns := carry(int64(sec), int64(nsec), 1e9)
	mi, s := carry(int64(min), s, 60)
	h, mi := carry(int64(hour), mi, 60)
	dd, h := carry(int64(day), h, 24)
	days := daysFrom(y, Month(m+1), dd)
	wall := ((days*24+h)*60+mi)*60 + s + unixToInternal
	return Time{sec: wall - int64(loc.offset), nsec: int32(ns), loc: loc}
}

// carry moves whole multiples of base from lo into hi, leaving lo in [0, base).
func carry(hi, lo, base int64) (int64, int64) {
	q := floorDiv(lo, base)
	return hi + q, lo - q*base
}

// AddDate adds years, months and days to t's date (normalizing like Date).
func (t Time) AddDate(years, months, days int) Time {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return Date(y+years, m+Month(months), d+days, h, mi, s, int(t.nsec), t.Location())
}

// Truncate rounds t down to a multiple of d counted from the zero Time;
// Round rounds it to the nearest multiple, halfway values up. Both drop
// the monotonic reading; d <= 0 returns t unchanged apart from that.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-sinceZeroMod(t, d))
}

func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := sinceZeroMod(t, d)
	if uint64(r)+uint64(r) < uint64(d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// sinceZeroMod returns (time since the zero Time) mod d, in [0, d). The
// nanosecond count does not fit in 64 bits, so it is reduced piecewise.
func sinceZeroMod(t Time, d Duration) Duration {
	sec, nsec := t.sec, int64(t.nsec)
	neg := sec < 0
	if neg { // work on the mirror image, then reflect the remainder
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	m := uint64(d)
	r := (mulMod(uint64(sec)%m, 1e9%m, m) + uint64(nsec)%m) % m
	if neg && r != 0 {
		r = m - r
	}
	return Duration(r)
}

// mulMod returns a*b mod m for a, b < m < 2^63 by doubling and adding.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for ; b != 0; b >>= 1 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
	}
	return r
}
