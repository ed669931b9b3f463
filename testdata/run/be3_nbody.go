package main

type Body struct{ x, y, z, vx, vy, vz, m float64 }

func energy(bs []Body) float64 {
	e := 0.0
	for i := range bs {
		b := bs[i]
		e += 0.5 * b.m * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bs); j++ {
			c := bs[j]
			dx, dy, dz := b.x-c.x, b.y-c.y, b.z-c.z
			e -= b.m * c.m / sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 40; i++ {
		z = (z + x/z) / 2
	}
	return z
}

func step(bs []Body, dt float64) {
	for i := 0; i < len(bs); i++ {
		for j := i + 1; j < len(bs); j++ {
			dx := bs[i].x - bs[j].x
			dy := bs[i].y - bs[j].y
			dz := bs[i].z - bs[j].z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * sqrt(d2))
			bs[i].vx -= dx * bs[j].m * mag
			bs[i].vy -= dy * bs[j].m * mag
			bs[i].vz -= dz * bs[j].m * mag
			bs[j].vx += dx * bs[i].m * mag
			bs[j].vy += dy * bs[i].m * mag
			bs[j].vz += dz * bs[i].m * mag
		}
	}
	for i := range bs {
		bs[i].x += dt * bs[i].vx
		bs[i].y += dt * bs[i].vy
		bs[i].z += dt * bs[i].vz
	}
}

func mandel(cx, cy float64) int {
	x, y := 0.0, 0.0
	for i := 0; i < 200; i++ {
		x, y = x*x-y*y+cx, 2*x*y+cy
		if x*x+y*y > 4 {
			return i
		}
	}
	return 200
}

func main() {
	bs := []Body{{0, 0, 0, 0, 0, 0, 39.47}, {4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037}, {8.34, 4.12, -0.4, -1.01, 1.82, 0.008, 0.011}, {12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017}}
	println(energy(bs))
	for i := 0; i < 1000; i++ {
		step(bs, 0.01)
	}
	println(energy(bs))
	t := 0
	for py := -10; py <= 10; py++ {
		for px := -20; px <= 10; px++ {
			t += mandel(float64(px)/10, float64(py)/10)
		}
	}
	println(t)
}
