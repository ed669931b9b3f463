// Differential test of gocc/container/list against Go's (needs real Go:
// sh std/verify.sh container/list): the same random sequence of every
// operation (including ones on foreign and removed elements; Init apart) on both,
// comparing the lists forwards and backwards after each step.
package main

import (
	"container/list"
	"fmt"
	"math/rand"
	"os"

	ours "gocc/container/list"
)

func dumpOurs(l *ours.List) string {
	var f, b []any
	for e := l.Front(); e != nil; e = e.Next() {
		f = append(f, e.Value)
	}
	for e := l.Back(); e != nil; e = e.Prev() {
		b = append(b, e.Value)
	}
	return fmt.Sprint(l.Len(), f, b)
}

func dumpGo(l *list.List) string {
	var f, b []any
	for e := l.Front(); e != nil; e = e.Next() {
		f = append(f, e.Value)
	}
	for e := l.Back(); e != nil; e = e.Prev() {
		b = append(b, e.Value)
	}
	return fmt.Sprint(l.Len(), f, b)
}

func main() {
	bad, cases := 0, 0
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 3000; round++ {
		var lo, other ours.List // zero Lists: lazily initialized
		var lg, otherg list.List
		var eo []*ours.Element
		var eg []*list.Element
		other.PushBack(-1)
		otherg.PushBack(-1)
		eo, eg = append(eo, other.Front()), append(eg, otherg.Front())
		for step := 0; step < 40; step++ {
			v := r.Intn(100)
			i, j := 0, 0
			if len(eo) > 0 {
				i, j = r.Intn(len(eo)), r.Intn(len(eo))
			}
			var res1, res2 any
			switch op := r.Intn(12); {
			case op == 0:
				eo, eg = append(eo, lo.PushFront(v)), append(eg, lg.PushFront(v))
			case op == 1:
				eo, eg = append(eo, lo.PushBack(v)), append(eg, lg.PushBack(v))
			case op == 2:
				a, b := lo.InsertBefore(v, eo[i]), lg.InsertBefore(v, eg[i])
				res1, res2 = a == nil, b == nil
				if a != nil && b != nil {
					eo, eg = append(eo, a), append(eg, b)
				}
			case op == 3:
				a, b := lo.InsertAfter(v, eo[i]), lg.InsertAfter(v, eg[i])
				res1, res2 = a == nil, b == nil
				if a != nil && b != nil {
					eo, eg = append(eo, a), append(eg, b)
				}
			case op == 4:
				res1, res2 = lo.Remove(eo[i]), lg.Remove(eg[i])
			case op == 5:
				lo.MoveToFront(eo[i])
				lg.MoveToFront(eg[i])
			case op == 6:
				lo.MoveToBack(eo[i])
				lg.MoveToBack(eg[i])
			case op == 7:
				lo.MoveBefore(eo[i], eo[j])
				lg.MoveBefore(eg[i], eg[j])
			case op == 8:
				lo.MoveAfter(eo[i], eo[j])
				lg.MoveAfter(eg[i], eg[j])
			case op == 9 && r.Intn(4) == 0:
				lo.PushBackList(&lo)
				lg.PushBackList(&lg)
			case op == 10 && r.Intn(4) == 0:
				lo.PushFrontList(&other)
				lg.PushFrontList(&otherg)
			}
			cases++
			x := fmt.Sprint(res1, dumpOurs(&lo), dumpOurs(&other))
			y := fmt.Sprint(res2, dumpGo(&lg), dumpGo(&otherg))
			if x != y {
				bad++
				if bad < 10 {
					fmt.Printf("MISMATCH round %d step %d:\n  ours %s\n  go   %s\n", round, step, x, y)
				}
				break
			}
		}
	}
	// Init empties a list (elements taken before are not used again:
	// their links are stale, as in Go).
	lo, lg := ours.New(), list.New()
	lo.PushBack(1)
	lg.PushBack(1)
	lo.Init().PushFront(2)
	lg.Init().PushFront(2)
	if x, y := dumpOurs(lo), dumpGo(lg); x != y {
		fmt.Println("MISMATCH Init:", x, y)
		bad++
	}
	fmt.Printf("container/list: %d cases, %d mismatches\n", cases, bad)
	if bad > 0 {
		os.Exit(1)
	}
}
