package shapes

type Point struct {
	X, Y   int
	hidden int
}

func (p Point) Sum() int { return p.X + p.Y + p.hidden }

func (p *Point) Move(dx int) { p.X += dx; p.hidden++ }

func NewPoint(x, y int) Point { return Point{X: x, Y: y, hidden: 100} }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) Name() string {
	if c == Red {
		return "red"
	}
	return "green"
}

type Rect struct {
	Min, Max Point
	Label    string
}

func (r *Rect) Width() int { return r.Max.X - r.Min.X }
