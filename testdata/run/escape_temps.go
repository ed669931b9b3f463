package main

// Struct and array values that are only copied (call results, composite
// literals, swaps, range copies) live in frame temporaries; &T{} literals
// and the elided & of an outer literal stay on the heap and are distinct.

type P struct {
	x, y int
	ok   bool
}

type Pair struct {
	a, b P
}

func mk(i int) P { return P{x: i, y: i * i, ok: i%2 == 0} }

func (p P) add(q P) P { return P{p.x + q.x, p.y + q.y, p.ok && q.ok} }

func addr(i int) *P { return &P{x: i} }

func sum3(a [3]int) int { return a[0] + a[1] + a[2] }

func rev(a [3]int) [3]int { return [3]int{a[2], a[1], a[0]} }

func main() {
	acc := P{}
	for i := 0; i < 5; i++ {
		acc = acc.add(mk(i))
		t := P{y: i}
		println(i, t.x, t.y, t.ok, mk(i).y, acc.x, acc.y, acc.ok)
	}

	var ps []*P
	for i := 0; i < 3; i++ {
		ps = append(ps, &P{x: i})
		ps = append(ps, addr(i+10))
	}
	for _, p := range ps {
		print(p.x, " ")
	}
	println()

	lits := []*P{{x: 1}, {x: 2}, {y: 3}}
	lits[0].y = 7
	println(lits[0].x, lits[0].y, lits[1].x, lits[2].y, lits[0] != lits[1])

	a, b := mk(2), mk(3)
	a, b = b, a
	println(a.x, b.x)

	pr := Pair{mk(1), P{5, 6, true}}
	pr.a, pr.b = pr.b, pr.a
	println(pr.a.x, pr.a.y, pr.b.x, pr.b.y)

	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2-i] = v * 10 // the range works on a copy
		print(v, " ")
	}
	println(arr[0], arr[1], arr[2])
	println(sum3(rev(arr)), rev(rev(arr))[0])

	var grid [4][3]int
	for i := 0; i < 4; i++ {
		grid[i] = [3]int{i, i + 1, i + 2}
	}
	println(grid[3][2], grid[0][0], sum3(grid[2]))

	x := mk(4).add(mk(5)).add(P{1, 1, true})
	println(x.x, x.y, x.ok)

	ps2 := make([]P, 0)
	for i := 0; i < 4; i++ {
		ps2 = append(ps2, mk(i), P{x: -i})
	}
	println(len(ps2), ps2[6].x, ps2[7].x, ps2[5].y)
}
