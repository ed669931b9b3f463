package time

import _ "unsafe" // for go:linkname

// A Time is an instant with nanosecond precision: a wall clock reading
// (seconds and nanoseconds since 1970-01-01 UTC) and, when it comes from
// Now, a monotonic clock reading that Sub, Since and Until prefer, so that
// changes of the wall clock do not disturb measured intervals.
type Time struct {
	sec  int64     // seconds since 0001-01-01 00:00:00 UTC (the zero Time)
	nsec int32     // [0, 999999999]
	mono int64     // runtime.nanotime() at the reading; 0 if none
	loc  *Location // where the calendar fields are read; nil means UTC
}

// unixToInternal is the number of seconds from year 1 to 1970.
const unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay

// now and runtimeNano are provided by the runtime (Go's names).
//
//go:linkname now time.now
func now() (sec int64, nsec int32, mono int64)

//go:linkname runtimeNano runtime.nanotime
func runtimeNano() int64

// Now returns the current time, with a monotonic clock reading.
func Now() Time {
	sec, nsec, mono := now()
	if mono == 0 {
		mono = 1 // 0 means "no reading"
	}
	return Time{sec: sec + unixToInternal, nsec: nsec, mono: mono, loc: Local}
}

// Unix returns the Time sec seconds and nsec nanoseconds after 1970-01-01
// UTC (nsec may be outside [0, 1e9)).
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli and UnixMicro build a Time from a count since 1970.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Unix returns t as seconds since 1970-01-01 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixNano returns t as nanoseconds since 1970-01-01 UTC.
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// UnixMilli returns t as milliseconds since 1970-01-01 UTC.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as microseconds since 1970-01-01 UTC.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// Nanosecond returns the nanosecond offset within the second.
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t is the zero Time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// Add returns t+d; the monotonic reading moves along.
func (t Time) Add(d Duration) Time {
	sec := t.sec + int64(d/Second)
	nsec := t.nsec + int32(d%Second)
	if nsec >= 1e9 {
		sec++
		nsec -= 1e9
	} else if nsec < 0 {
		sec--
		nsec += 1e9
	}
	mono := t.mono
	if mono != 0 {
		mono += int64(d)
		if mono == 0 {
			mono = 1
		}
	}
	return Time{sec: sec, nsec: nsec, mono: mono, loc: t.loc}
}

// Sub returns t-u, saturating at the extreme Durations. If both have a
// monotonic reading it is used.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration
	}
	if d > 0 && t < u {
		return minDuration
	}
	return d
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Before, After and Equal compare instants (monotonic readings first).
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}
