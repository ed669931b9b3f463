package main

type P struct{ X, Y int }

type T struct {
	Name string
	Pts  []P
	M    [2][2]byte
	Ptr  *P
}

var table = []T{
	{Name: "a", Pts: []P{{1, 2}, {3, 4}}},
	{"b", nil, [2][2]byte{{1, 2}, {3, 4}}, &P{5, 6}},
}

func get() *T { return &table[1] }

func first(ps []*P) int { return ps[0].X + ps[1].Y }

func main() {
	ps := []*P{{1, 2}, {3, 4}}
	println(first(ps))
	sp := &[]int{7, 8}
	println(len(*sp), (*sp)[1])
	na := new([3]int)
	na[2] = 5
	println(na[2], len(na))
	var nilarr *[3]int
	println(len(nilarr))
	println(table[0].Name, len(table[0].Pts), table[0].Pts[1].Y, table[1].M[1][0], table[1].Ptr.Y)
	println(get().Name, get().Ptr.X, get().M[0][1])
	t := table[0]
	t.Pts[0].X = 100
	println(table[0].Pts[0].X)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	println(len(grid[2]), grid[2][2])
	pa := &P{}
	pa.X, pa.Y = pa.Y+1, pa.X+2
	println(pa.X, pa.Y)
	ms := struct {
		a int
		b string
	}{1, "x"}
	println(ms.a, ms.b)
	b := []byte("abc")
	b2 := b[:0]
	b2 = append(b2, 'z')
	println(string(b))
	var zs []P
	zs = append(zs, P{})
	println(len(zs), zs[0] == P{})
	println(na[len(b)])
}
