package main

// panic of a named string type prints main.Msg("..."), with the defers of
// each frame run first.
type Msg string

type Point struct{ x, y int }

func (p Point) show() { println("point", p.x, p.y) }

func main() {
	p := Point{1, 2}
	defer p.show()
	p.x = 10
	defer p.show()
	panic(Msg("bad " + "news"))
}
