// verify/main.go - differential test of gocc's std/math/rand against Go's
// math/rand (real Go 1.19): for many seeds (edge values included), the same
// sequence of mixed calls must give identical results, and the global
// functions must match after Seed and from the default seed.
package main

import (
	"fmt"
	real "math/rand"
	"os"

	ours "gocc/math/rand"
)

var bad, cases int

func check(what string, a, b any) {
	cases++
	if fmt.Sprint(a) != fmt.Sprint(b) {
		bad++
		if bad < 20 {
			fmt.Printf("MISMATCH %s: ours %v go %v\n", what, a, b)
		}
	}
}

type gen interface {
	Int() int
	Intn(int) int
	Int63() int64
	Int63n(int64) int64
	Int31() int32
	Int31n(int32) int32
	Uint32() uint32
	Uint64() uint64
	Float64() float64
	Float32() float32
	Perm(int) []int
	Shuffle(int, func(int, int))
}

func transcript(g gen, step int) []any {
	var out []any
	for i := 0; i < 200; i++ {
		k := (i*7 + step) % 12
		n := i*i*31 + step + 1
		switch k {
		case 0:
			out = append(out, g.Int())
		case 1:
			out = append(out, g.Intn(n))
		case 2:
			out = append(out, g.Int63())
		case 3:
			out = append(out, g.Int63n(int64(n)*1e9+int64(i)))
		case 4:
			out = append(out, g.Int31())
		case 5:
			out = append(out, g.Int31n(int32(n%1000000+1)))
		case 6:
			out = append(out, g.Uint32())
		case 7:
			out = append(out, g.Uint64())
		case 8:
			out = append(out, g.Float64())
		case 9:
			out = append(out, g.Float32())
		case 10:
			out = append(out, g.Perm(i%17))
		case 11:
			s := make([]int, i%23)
			for j := range s {
				s[j] = j
			}
			g.Shuffle(len(s), func(a, b int) { s[a], s[b] = s[b], s[a] })
			out = append(out, s)
		}
	}
	return out
}

func main() {
	check("global default", transcript(globalOurs{}, 3), transcript(globalReal{}, 3))
	seeds := []int64{0, 1, -1, 2, 42, 89482311, 1<<31 - 1, 1 << 31, -(1 << 31), 1<<63 - 1, -1 << 63}
	for i := int64(0); i < 3000; i++ {
		seeds = append(seeds, i*2654435761-7)
	}
	for _, s := range seeds {
		check(fmt.Sprint("seed ", s), transcript(ours.New(ours.NewSource(s)), int(s&7)), transcript(real.New(real.NewSource(s)), int(s&7)))
	}
	ours.Seed(77)
	real.Seed(77)
	check("global seeded", transcript(globalOurs{}, 1), transcript(globalReal{}, 1))
	fmt.Printf("math/rand: %d transcripts, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}

type globalOurs struct{}

func (globalOurs) Int() int                        { return ours.Int() }
func (globalOurs) Intn(n int) int                  { return ours.Intn(n) }
func (globalOurs) Int63() int64                    { return ours.Int63() }
func (globalOurs) Int63n(n int64) int64            { return ours.Int63n(n) }
func (globalOurs) Int31() int32                    { return ours.Int31() }
func (globalOurs) Int31n(n int32) int32            { return ours.Int31n(n) }
func (globalOurs) Uint32() uint32                  { return ours.Uint32() }
func (globalOurs) Uint64() uint64                  { return ours.Uint64() }
func (globalOurs) Float64() float64                { return ours.Float64() }
func (globalOurs) Float32() float32                { return ours.Float32() }
func (globalOurs) Perm(n int) []int                { return ours.Perm(n) }
func (globalOurs) Shuffle(n int, f func(int, int)) { ours.Shuffle(n, f) }

type globalReal struct{}

func (globalReal) Int() int                        { return real.Int() }
func (globalReal) Intn(n int) int                  { return real.Intn(n) }
func (globalReal) Int63() int64                    { return real.Int63() }
func (globalReal) Int63n(n int64) int64            { return real.Int63n(n) }
func (globalReal) Int31() int32                    { return real.Int31() }
func (globalReal) Int31n(n int32) int32            { return real.Int31n(n) }
func (globalReal) Uint32() uint32                  { return real.Uint32() }
func (globalReal) Uint64() uint64                  { return real.Uint64() }
func (globalReal) Float64() float64                { return real.Float64() }
func (globalReal) Float32() float32                { return real.Float32() }
func (globalReal) Perm(n int) []int                { return real.Perm(n) }
func (globalReal) Shuffle(n int, f func(int, int)) { real.Shuffle(n, f) }
