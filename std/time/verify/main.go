// Differential test of gocc/time against Go's time (needs real Go:
// sh std/verify.sh time). Duration.String, Round, Truncate, Abs and the
// float conversions are compared on edge values and random ones, and so
// are the calendar fields, Format with every layout element, Date's
// normalization, Truncate/Round of Times, ParseDuration, Parse and
// ParseInLocation (also on damaged text, comparing the errors); Sleep,
// Now/Since, timers and tickers (linked to Go's runtime through the same
// //go:linkname names) are exercised for sanity.
package main

import (
	"fmt"
	"math/rand"
	"os"
	real "time"

	ours "gocc/time"
)

var bad, cases int

func check(what string, a, b interface{}) {
	cases++
	x, y := fmt.Sprintf("%#v", a), fmt.Sprintf("%#v", b)
	if x != y {
		bad++
		if bad < 30 {
			fmt.Printf("MISMATCH %s:\n  ours %s\n  go   %s\n", what, x, y)
		}
	}
}

func durations() []int64 {
	v := []int64{0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1000001, 1500000,
		999999999, 1e9, 1e9 + 1, 59e9, 60e9, 61e9, 3599e9, 3600e9, 3601e9, 1<<63 - 1, -1 << 63,
		-1<<63 + 1, 90 * 60e9, 100 * 3600e9, 1234567890123, -1234567890123}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 200000; i++ {
		x := r.Int63() >> uint(r.Intn(63))
		if r.Intn(2) == 0 {
			x = -x
		}
		v = append(v, x)
	}
	return v
}

func main() {
	ms := []int64{-5, 0, 1, 7, 1000, 1e6, 1e9, 60e9, 3600e9, 1<<63 - 1}
	for _, x := range durations() {
		d, g := ours.Duration(x), real.Duration(x)
		check(fmt.Sprint("String ", x), d.String(), g.String())
		check(fmt.Sprint("Abs ", x), int64(d.Abs()), int64(g.Abs()))
		check(fmt.Sprint("Seconds ", x), d.Seconds(), g.Seconds())
		check(fmt.Sprint("Minutes ", x), d.Minutes(), g.Minutes())
		check(fmt.Sprint("Hours ", x), d.Hours(), g.Hours())
		check(fmt.Sprint("Milliseconds ", x), d.Milliseconds(), g.Milliseconds())
		check(fmt.Sprint("Microseconds ", x), d.Microseconds(), g.Microseconds())
		if x%97 == 0 {
			for _, m := range ms {
				check(fmt.Sprint("Round ", x, m), int64(d.Round(ours.Duration(m))), int64(g.Round(real.Duration(m))))
				check(fmt.Sprint("Truncate ", x, m), int64(d.Truncate(ours.Duration(m))), int64(g.Truncate(real.Duration(m))))
			}
		}
	}
	for _, s := range [][2]int64{{0, 0}, {1, -1}, {-1, 1}, {5, 2e9}, {5, -2e9 - 1}, {1e10, 999999999}} {
		a, b := ours.Unix(s[0], s[1]), real.Unix(s[0], s[1])
		check(fmt.Sprint("Unix ", s), a.UnixNano(), b.UnixNano())
		check(fmt.Sprint("UnixMilli ", s), a.UnixMilli(), b.UnixMilli())
	}
	calendar()
	durationParsing()
	timeParsing()
	// The clocks and timers, against Go's runtime.
	t0 := ours.Now()
	if d := real.Since(real.Unix(0, t0.UnixNano())); d < 0 || d > real.Second {
		fmt.Println("Now is off by", d)
		bad++
	}
	ours.Sleep(10 * ours.Millisecond)
	if e := ours.Since(t0); e < 10*ours.Millisecond || e > ours.Second {
		fmt.Println("Sleep(10ms) took", e)
		bad++
	}
	<-ours.After(ours.Millisecond)
	tm := ours.NewTimer(ours.Hour)
	check("Stop", tm.Stop(), true)
	check("Stop again", tm.Stop(), false)
	done := make(chan bool)
	ours.AfterFunc(ours.Millisecond, func() { done <- true })
	<-done
	tk := ours.NewTicker(ours.Millisecond)
	for i := 0; i < 3; i++ {
		<-tk.C
	}
	tk.Stop()
	fmt.Printf("time: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}

// instants returns Unix times around interesting dates and random ones
// from year -3000 to 12000.
func instants() [][2]int64 {
	v := [][2]int64{{0, 0}, {-1, 999999999}, {951782400, 0}, {951868800, 1}, {1136239445, 123456789},
		{-62135596800, 0}, {-62135596801, 5}, {253402300799, 999999999}, {4102444800, 500000000},
		{-2208988800, 0}, {1700000000, 100}, {1e10, 1e8}}
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 20000; i++ {
		v = append(v, [2]int64{r.Int63n(470e9) - 157e9, r.Int63n(1e9)})
	}
	return v
}

var layouts = []string{real.ANSIC, real.UnixDate, real.RubyDate, real.RFC822, real.RFC822Z, real.RFC850,
	real.RFC1123, real.RFC1123Z, real.RFC3339, real.RFC3339Nano, real.Kitchen, real.Stamp, real.StampMilli,
	real.StampMicro, real.StampNano, real.Layout, "2006-01-02 15:04:05.999999999 -0700 MST",
	"_2006 __2 002 _2 2 02 1 01 3 03 15 4 04 5 05 pm PM Mon Monday Jan January",
	"-07 -0700 -07:00 -070000 -07:00:00 Z07 Z0700 Z07:00 Z070000 Z07:00:00 MST",
	".0 .00 ,000 .9 ,99 .999999999 .0000000000 .99999999999 05.000 .0a .9x .01",
	"Ja Mo MS 0 00 0123 2005 _ __ P p - Z . , 1515 20062006", "", "plain text"}

var zones = []struct {
	name   string
	offset int
}{{"UTC", 0}, {"CET", 3600}, {"NST", -(3*3600 + 30*60)}, {"", 5*3600 + 45*60 + 7}, {"X", -1}}

func calendar() {
	for k, u := range instants() {
		z := zones[k%len(zones)]
		a := ours.Unix(u[0], u[1]).In(ours.FixedZone(z.name, z.offset))
		b := real.Unix(u[0], u[1]).In(real.FixedZone(z.name, z.offset))
		what := fmt.Sprint("instant ", u, z)
		y1, m1, d1 := a.Date()
		y2, m2, d2 := b.Date()
		check("Date "+what, fmt.Sprint(y1, m1.String(), d1), fmt.Sprint(y2, m2.String(), d2))
		h1, mi1, s1 := a.Clock()
		h2, mi2, s2 := b.Clock()
		check("Clock "+what, [3]int{h1, mi1, s1}, [3]int{h2, mi2, s2})
		check("Weekday "+what, a.Weekday().String(), b.Weekday().String())
		check("YearDay "+what, a.YearDay(), b.YearDay())
		w1, w2 := [2]int{}, [2]int{}
		w1[0], w1[1] = a.ISOWeek()
		w2[0], w2[1] = b.ISOWeek()
		check("ISOWeek "+what, w1, w2)
		if k%7 == 0 {
			for _, l := range layouts {
				check("Format "+l+" "+what, a.Format(l), b.Format(l))
			}
			check("String "+what, a.String(), b.String())
			check("UTC "+what, a.UTC().String(), b.UTC().String())
		}
		if k%13 == 0 {
			for _, d := range []int64{1, 7, 1e3, 1e9, 7e9, 60e9, 3600e9, 86400e9, 7 * 86400e9, 1<<62 + 12345} {
				check("Truncate "+what, a.Truncate(ours.Duration(d)).UnixNano(), b.Truncate(real.Duration(d)).UnixNano())
				check("Round "+what, a.Round(ours.Duration(d)).UnixNano(), b.Round(real.Duration(d)).UnixNano())
			}
			ad := a.AddDate(k%5-2, k%29-14, k%400-200)
			bd := b.AddDate(k%5-2, k%29-14, k%400-200)
			check("AddDate "+what, ad.String(), bd.String())
		}
		f := [...]int{int(u[0]%10000) - 5000, int(u[0]%37) - 10, int(u[0]%71) - 30, int(u[1]%50) - 10, int(u[1]%130) - 30, int(u[1]%200) - 50, int(u[1]) * 3}
		check("Date() "+what, ours.Date(f[0], ours.Month(f[1]), f[2], f[3], f[4], f[5], f[6], a.Location()).String(),
			real.Date(f[0], real.Month(f[1]), f[2], f[3], f[4], f[5], f[6], b.Location()).String())
	}
	var zt ours.Time
	var zg real.Time
	check("zero", zt.String(), zg.String())
	check("zero IsZero", zt.IsZero(), zg.IsZero())
	check("Unix(0) IsZero", ours.Unix(0, 0).IsZero(), real.Unix(0, 0).IsZero())
	check("Month(13)", ours.Month(13).String(), real.Month(13).String())
	check("Weekday(-1)", ours.Weekday(-1).String(), real.Weekday(-1).String())
	check("Local name", ours.Local.String(), real.Local.String())
	check("UTC name", ours.UTC.String(), real.UTC.String())
}

func durationParsing() {
	in := []string{"", "0", "+0", "-0", "00", "1", "1s", "-1s", "+1.5h", "1h2m3s4ms5us6ns", "1µs", "1μs",
		".5s", "5.s", ".s", "-.s", "1.0000000000000000000001s", "9223372036854775807ns",
		"9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s",
		"2562047h47m16.854775808s", "1x", "1s\"\xff", "3\x00s", "1.5.5s", "1e3s", "1h-1m", " 1s",
		"0.123456789123456789123s", "99999999999999999999s", "1ms1", "1.00000001h", "0.3333333333333333333h"}
	r := rand.New(rand.NewSource(3))
	alphabet := "0123456789.+-hmsnuµ"
	for i := 0; i < 50000; i++ {
		b := make([]byte, 1+r.Intn(12))
		for j := range b {
			b[j] = alphabet[r.Intn(len(alphabet))]
		}
		in = append(in, string(b))
	}
	for _, s := range in {
		d1, e1 := ours.ParseDuration(s)
		d2, e2 := real.ParseDuration(s)
		check("ParseDuration "+s, fmt.Sprint(int64(d1), e1), fmt.Sprint(int64(d2), e2))
	}
}

func showParse(t interface {
	String() string
	UnixNano() int64
}, loc fmt.Stringer, err error) string {
	return fmt.Sprint(t.String(), " ", t.UnixNano(), " ", loc, " ", err)
}

func timeParsing() {
	r := rand.New(rand.NewSource(4))
	cet, gcet := ours.FixedZone("CET", 3600), real.FixedZone("CET", 3600)
	extra := []string{"2006-01-02", "15:04:05", "2006-01-02 15:04:05.000 MST", "Jan _2 2006 3pm",
		"2006 002", "2006 __2 Jan", "06-1-2 3:4:5 PM -07", "Mon, 02 Jan 2006 15:04:05 Z07:00:00"}
	values := []string{"", " ", "2023-02-29", "2024-02-29", "2023-13-01", "2023-01-32", "12:60:00", "24:00:00",
		"2009-11-10T23:00:00Z", "2009-11-10T23:00:00+01:00", "2009-11-10T23:00:00.123456789123-08:00",
		"Tue Nov 10 23:00:00 PST 2009", "Tue Nov 10 23:00:00 GMT+3 2009", "Tue Nov 10 23:00:00 CET 2009",
		"Tue Nov 10 23:00:00 UTC 2009", "tue nov 10 23:00:00 ChST 2009", "2020 366", "2021 366", "2020  60 Feb",
		"2020 060 Mar", "09-11-10 11:4:5 AM +0100", ".5", "10:11:12.5", "10:11:12,123", "11:04PM", "12:00AM",
		"12:00PM", "0:00PM", "2009-11-10 23:00:00.1234 MST", "2009-11-10 23:00:00.123 WITA"}
	for i := 0; i < 30000; i++ {
		u := instants()[r.Intn(300)]
		l := layouts[r.Intn(len(layouts))]
		if r.Intn(4) == 0 {
			l = extra[r.Intn(len(extra))]
		}
		v := real.Unix(u[0], u[1]).In(real.FixedZone(zones[i%len(zones)].name, zones[i%len(zones)].offset)).Format(l)
		if r.Intn(2) == 0 && v != "" { // damage one byte
			b := []byte(v)
			b[r.Intn(len(b))] = "0123456789 :.,+-ZAPMTaJnFeS"[r.Intn(27)]
			v = string(b)
		}
		a, e1 := ours.Parse(l, v)
		b, e2 := real.Parse(l, v)
		check("Parse "+l+" | "+v, showParse(a, a.Location(), e1), showParse(b, b.Location(), e2))
		a, e1 = ours.ParseInLocation(l, v, cet)
		b, e2 = real.ParseInLocation(l, v, gcet)
		check("ParseInLocation "+l+" | "+v, showParse(a, a.Location(), e1), showParse(b, b.Location(), e2))
	}
	for _, l := range append(extra, layouts...) {
		for _, v := range values {
			a, e1 := ours.Parse(l, v)
			b, e2 := real.Parse(l, v)
			check("Parse "+l+" | "+v, showParse(a, a.Location(), e1), showParse(b, b.Location(), e2))
		}
	}
}
