// Differential test of gocc/sort against Go's sort (needs real Go: sh std/verify.sh sort).
// Random slices (many duplicates, presorted, reversed, all-equal) are sorted
// by both packages; every sort must give the same sequence of (key,
// original index) pairs — Sort and Slice leave equal elements where Go does.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	real "sort"

	ours "gocc/sort"
)

var bad, cases int

func check(what string, a, b interface{}) {
	cases++
	x, y := fmt.Sprintf("%v", a), fmt.Sprintf("%v", b)
	if x != y {
		bad++
		if bad < 20 {
			fmt.Printf("MISMATCH %s:\n  ours %.300s\n  go   %.300s\n", what, x, y)
		}
	}
}

type pair struct{ key, idx int }

type byKey []pair

func (p byKey) Len() int           { return len(p) }
func (p byKey) Less(i, j int) bool { return p[i].key < p[j].key }
func (p byKey) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }

func genInts(r *rand.Rand) []int {
	n := r.Intn(300)
	if r.Intn(20) == 0 {
		n = r.Intn(5000)
	}
	a := make([]int, n)
	mod := []int{1, 2, 5, 50, 1 << 30}[r.Intn(5)]
	for i := range a {
		a[i] = r.Intn(mod) - mod/2
	}
	switch r.Intn(6) {
	case 0:
		real.Ints(a)
	case 1:
		real.Sort(real.Reverse(real.IntSlice(a)))
	case 2: // sorted with a few swaps
		real.Ints(a)
		for k := 0; k < 3 && n > 1; k++ {
			i, j := r.Intn(n), r.Intn(n)
			a[i], a[j] = a[j], a[i]
		}
	case 3: // organ pipe
		real.Ints(a)
		for i := 0; i < n/2; i++ {
			a[n-1-i] = a[i]
		}
	}
	return a
}

func clone(a []int) []int { return append([]int(nil), a...) }

func pairs(a []int) []pair {
	p := make([]pair, len(a))
	for i, k := range a {
		p[i] = pair{k, i}
	}
	return p
}

func main() {
	r := rand.New(rand.NewSource(11))
	for it := 0; it < 30000; it++ {
		a := genInts(r)
		x, y := clone(a), clone(a)
		ours.Ints(x)
		real.Ints(y)
		check("Ints", x, y)
		check("IntsAreSorted", ours.IntsAreSorted(a), real.IntsAreSorted(a))
		check("IsSorted", ours.IsSorted(ours.IntSlice(x)), true)
		x = clone(a)
		ours.Sort(ours.Reverse(ours.IntSlice(x)))
		y = clone(a)
		real.Sort(real.Reverse(real.IntSlice(y)))
		check("Sort Reverse", x, y)
		x = clone(a)
		ours.IntSlice(x).Sort()
		check("IntSlice.Sort", x, y2(a))
		p, q := pairs(a), pairs(a)
		ours.Stable(byKey(p))
		real.Stable(byKey(q))
		check("Stable", p, q)
		p, q = pairs(a), pairs(a)
		ours.SliceStable(p, func(i, j int) bool { return p[i].key > p[j].key })
		real.SliceStable(q, func(i, j int) bool { return q[i].key > q[j].key })
		check("SliceStable", p, q)
		p, q = pairs(a), pairs(a)
		ours.Slice(p, func(i, j int) bool { return p[i].key < p[j].key })
		real.Slice(q, func(i, j int) bool { return q[i].key < q[j].key })
		check("Slice", p, q)
		p, q = pairs(a), pairs(a)
		ours.Sort(byKey(p))
		real.Sort(byKey(q))
		check("Sort pairs", p, q)
		p, q = pairs(a), pairs(a)
		ours.Sort(ours.Reverse(byKey(p)))
		real.Sort(real.Reverse(byKey(q)))
		check("Sort Reverse pairs", p, q)
		check("SliceIsSorted", ours.SliceIsSorted(a, func(i, j int) bool { return a[i] < a[j] }),
			real.SliceIsSorted(a, func(i, j int) bool { return a[i] < a[j] }))
		s := make([]string, len(a))
		for i, v := range a {
			s[i] = fmt.Sprint(v)
		}
		s1, s2 := append([]string(nil), s...), append([]string(nil), s...)
		ours.Strings(s1)
		real.Strings(s2)
		check("Strings", s1, s2)
		check("StringsAreSorted", ours.StringsAreSorted(s), real.StringsAreSorted(s))
		f := make([]float64, len(a))
		for i, v := range a {
			f[i] = float64(v) / 3
			if v%7 == 0 {
				f[i] = math.NaN()
			}
		}
		f1, f2 := append([]float64(nil), f...), append([]float64(nil), f...)
		ours.Float64s(f1)
		real.Float64s(f2)
		check("Float64s", f1, f2)
		check("Float64sAreSorted", ours.Float64sAreSorted(f), real.Float64sAreSorted(f))
		real.Ints(y)
		for k := 0; k < 5; k++ {
			v := r.Intn(200) - 100
			if len(y) > 0 && k < 2 {
				v = y[r.Intn(len(y))]
			}
			check("SearchInts", ours.SearchInts(y, v), real.SearchInts(y, v))
			check("IntSlice.Search", ours.IntSlice(y).Search(v), real.IntSlice(y).Search(v))
			check("Search", ours.Search(len(y), func(i int) bool { return y[i] > v }), real.Search(len(y), func(i int) bool { return y[i] > v }))
			sv := fmt.Sprint(v)
			check("SearchStrings", ours.SearchStrings(s2, sv), real.SearchStrings(s2, sv))
			fv := float64(v) / 3
			check("SearchFloat64s", ours.SearchFloat64s(f2, fv), real.SearchFloat64s(f2, fv))
		}
	}
	// Adversarial sizes: the sorts must finish quickly on big inputs.
	for _, n := range []int{100000, 1000000} {
		a := make([]int, n)
		for i := range a {
			a[i] = i % 3
		}
		x := clone(a)
		ours.Ints(x)
		check("big few keys", ours.IntsAreSorted(x), true)
		for i := range a {
			a[i] = n - i
		}
		x = clone(a)
		ours.Ints(x)
		check("big reversed", ours.IntsAreSorted(x), true)
		p, q := pairs(a[:n/10]), pairs(a[:n/10])
		ours.Stable(byKey(p))
		real.Stable(byKey(q))
		check("big stable", p, q)
		r2 := rand.New(rand.NewSource(int64(n)))
		for i := range a {
			a[i] = r2.Intn(1000)
		}
		p, q = pairs(a), pairs(a)
		ours.Sort(byKey(p))
		real.Sort(byKey(q))
		check("big random pairs", p, q)
	}
	pm := func(f func()) (msg string) {
		defer func() { msg = fmt.Sprint(recover()) }()
		f()
		return
	}
	check("Slice non-slice", pm(func() { ours.Slice(3, nil) }), pm(func() { real.Slice(3, nil) }))
	check("Slice nil", pm(func() { ours.Slice(nil, nil) }), pm(func() { real.Slice(nil, nil) }))
	// element sizes other than 16: bytes, odd-sized structs, big arrays
	type odd struct {
		k int16
		b [5]byte
	}
	for it := 0; it < 2000; it++ {
		n := r.Intn(100)
		b1 := make([]byte, n)
		r.Read(b1)
		b2 := append([]byte(nil), b1...)
		ours.Slice(b1, func(i, j int) bool { return b1[i]%16 < b1[j]%16 })
		real.Slice(b2, func(i, j int) bool { return b2[i]%16 < b2[j]%16 })
		check("Slice bytes", b1, b2)
		o1 := make([]odd, n)
		for i := range o1 {
			o1[i] = odd{int16(r.Intn(7)), [5]byte{byte(i), byte(i >> 8), 1, 2, 3}}
		}
		o2 := append([]odd(nil), o1...)
		ours.SliceStable(o1, func(i, j int) bool { return o1[i].k < o1[j].k })
		real.SliceStable(o2, func(i, j int) bool { return o2[i].k < o2[j].k })
		check("SliceStable odd", o1, o2)
		a1 := make([][3]int64, n)
		for i := range a1 {
			a1[i] = [3]int64{int64(r.Intn(9)), int64(i), -1}
		}
		a2 := append([][3]int64(nil), a1...)
		ours.Slice(a1, func(i, j int) bool { return a1[i][0] < a1[j][0] })
		real.Slice(a2, func(i, j int) bool { return a2[i][0] < a2[j][0] })
		check("Slice arrays", a1, a2)
	}
	fmt.Printf("sort: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}

func y2(a []int) []int {
	b := clone(a)
	real.Ints(b)
	return b
}

func keys(p []pair) []int {
	k := make([]int, len(p))
	for i := range p {
		k[i] = p[i].key
	}
	return k
}
