package main

import "ex/shapes"

func main() {
	p := shapes.NewPoint(1, 2)
	println(p.Sum(), p.X, p.Y)
	p.Move(10)
	println(p.Sum(), p.X)
	q := &p
	q.Move(1)
	println(q.Sum(), p.X)
	println(shapes.Red.Name(), shapes.Green.Name())
	r := shapes.Rect{Min: shapes.NewPoint(0, 0), Max: shapes.NewPoint(5, 3), Label: "r"}
	println(r.Width(), r.Label, r.Max.Sum())
}
