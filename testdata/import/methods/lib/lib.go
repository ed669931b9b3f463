package lib

type Point struct {
	X, Y   int
	hidden int
}

func (p Point) Sum() int { return p.X + p.Y + p.hidden }

func (p *Point) Move(dx int) { p.X += dx; p.hidden++ }

func NewPoint(x, y int) Point { return Point{X: x, Y: y, hidden: 100} }

type Color int

func (c Color) Name() string {
	if c == 0 {
		return "red"
	}
	return "other"
}

type Namer interface{ Name() string }

func (p Point) secret() int { return p.hidden }

// Secret is satisfied only by this package's types.
type Secret interface{ secret() int }

func Reveal(s Secret) int { return s.secret() }
