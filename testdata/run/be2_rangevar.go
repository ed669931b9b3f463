package main

type P struct{ A, B int }

func main() {
	var ptrs []*int
	for _, v := range []int{1, 2, 3} {
		ptrs = append(ptrs, &v)
	}
	println(*ptrs[0], *ptrs[2], ptrs[0] == ptrs[1])
	var ks []*int
	for k := range [3]int{} {
		ks = append(ks, &k)
	}
	println(*ks[0], ks[0] == ks[2])
	var ps []*P
	for _, p := range []P{{1, 2}, {3, 4}} {
		ps = append(ps, &p)
	}
	println(ps[0].A, ps[1].B, ps[0] == ps[1])
	var is []*int
	for i := 0; i < 3; i++ {
		is = append(is, &i)
	}
	println(*is[0], is[0] == is[1])
	var x P
	for x.A = range []int{5, 6} {
	}
	println(x.A)
}
