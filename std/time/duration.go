// Package time: durations, the wall and monotonic clocks, sleeping, timers
// and tickers, on gocc's runtime (runtime/timer.c), the calendar
// (calendar.go), formatting and parsing by example layout (format.go,
// parse.go), ParseDuration, and fixed time zones (zone.go: Local is UTC;
// the zoneinfo database is not read).
package time

// A Duration is an elapsed time in nanoseconds (at most about 290 years).
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String formats d as Go does: "72h3m0.5s", "1.5µs", "-2ms", "0s". Units
// below a second are used only for durations under one second.
func (d Duration) String() string {
	var buf [32]byte
	i := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u // the magnitude, also for the most negative Duration
	}
	if u < uint64(Second) {
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			i = putUnit(&buf, i, "ns")
			i = putInt(&buf, i, u)
		case u < uint64(Millisecond):
			i = putUnit(&buf, i, "µs")
			i = putFrac(&buf, i, u, 3)
			i = putInt(&buf, i, u/1000)
		default:
			i = putUnit(&buf, i, "ms")
			i = putFrac(&buf, i, u, 6)
			i = putInt(&buf, i, u/1000000)
		}
	} else {
		i = putUnit(&buf, i, "s")
		i = putFrac(&buf, i, u, 9)
		secs := u / 1000000000
		i = putInt(&buf, i, secs%60)
		if mins := secs / 60; mins > 0 {
			i = putUnit(&buf, i, "m")
			i = putInt(&buf, i, mins%60)
			if hours := mins / 60; hours > 0 {
				i = putUnit(&buf, i, "h")
				i = putInt(&buf, i, hours)
			}
		}
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// putUnit writes s so that it ends at buf[i-1]; returns the new start.
func putUnit(buf *[32]byte, i int, s string) int {
	i -= len(s)
	copy(buf[i:], s)
	return i
}

// putInt writes v in decimal ending at buf[i-1]; returns the new start.
func putInt(buf *[32]byte, i int, v uint64) int {
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return i
		}
	}
}

// putFrac writes "." and the low digits decimal digits of v, without
// trailing zeros (nothing at all if they are all zero), ending at buf[i-1].
func putFrac(buf *[32]byte, i int, v uint64, digits int) int {
	started := false
	for k := 0; k < digits; k++ {
		dig := v % 10
		v /= 10
		if dig != 0 || started {
			started = true
			i--
			buf[i] = byte('0' + dig)
		}
	}
	if started {
		i--
		buf[i] = '.'
	}
	return i
}

// Nanoseconds returns d as an integer count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as an integer count of microseconds.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d as an integer count of milliseconds.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns d as a floating-point number of seconds.
func (d Duration) Seconds() float64 {
	return float64(d/Second) + float64(d%Second)/1e9
}

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	return float64(d/Minute) + float64(d%Minute)/(60*1e9)
}

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 {
	return float64(d/Hour) + float64(d%Hour)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m (d itself if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round rounds d to the nearest multiple of m, halfway values away from
// zero, saturating at the extreme Durations (d itself if m <= 0).
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r < m-r { // r+r < m without overflow
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if r < m-r {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d (the most negative Duration becomes
// the largest one).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}
