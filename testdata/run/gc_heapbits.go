// Heap objects of many shapes (pointer words at odd offsets, element
// periods of 1..5 words, small and large slices) survive many collections
// with their pointers intact: the allocator must record every pointer word.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	n    int
	next *node
}

type mixed struct {
	a int
	p *int
	b [3]int
	s string
}

type tri struct {
	x *int
	y int
	z *string
}

func mk(i int) *int { v := i; return &v }

func str(i int) string { return fmt.Sprint("s", i) }

func main() {
	var keep []interface{}
	sum := 0
	for round := 0; round < 40; round++ {
		ps := make([]*int, 3+round*5)
		for i := range ps {
			ps[i] = mk(i + round)
		}
		ss := make([]string, 1+round*7)
		for i := range ss {
			ss[i] = str(i)
		}
		ms := make([]mixed, 1+round*3)
		for i := range ms {
			ms[i] = mixed{a: i, p: mk(i * 2), b: [3]int{i, i, i}, s: str(i * 3)}
		}
		ts := make([]tri, 2+round*11)
		for i := range ts {
			s := str(i)
			ts[i] = tri{mk(i), i, &s}
		}
		var head *node
		for i := 0; i < 50; i++ {
			head = &node{i, head}
		}
		big := make([][2]*int, 700+round)
		for i := range big {
			big[i][1] = mk(i)
		}
		keep = append(keep, ps, ss, ms, ts, head, big)
		junk := make([][]byte, 0)
		for i := 0; i < 200; i++ {
			junk = append(junk, make([]byte, 16+i))
		}
		runtime.GC()
		_ = junk
	}
	for _, k := range keep {
		switch v := k.(type) {
		case []*int:
			for i, p := range v {
				sum += *p - i
			}
		case []string:
			for i, s := range v {
				if s != str(i) {
					panic("bad string")
				}
				sum += len(s)
			}
		case []mixed:
			for i, m := range v {
				if *m.p != i*2 || m.s != str(i*3) || m.b[2] != i {
					panic("bad mixed")
				}
				sum += m.a
			}
		case []tri:
			for i, t := range v {
				if *t.x != i || *t.z != str(i) {
					panic("bad tri")
				}
				sum++
			}
		case *node:
			for n := v; n != nil; n = n.next {
				sum += n.n
			}
		case [][2]*int:
			for i, e := range v {
				if e[0] != nil || *e[1] != i {
					panic("bad big")
				}
			}
			sum += len(v)
		}
	}
	fmt.Println(sum)
}
