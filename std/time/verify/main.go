// Differential test of gocc/time against Go's time (needs real Go:
// sh std/verify.sh time). Duration.String, Round, Truncate, Abs and the
// float conversions are compared on edge values and random ones; Sleep,
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
