package emb

type inner struct{ X int; y int }

func (i inner) Get() int { return i.y }
func (i *inner) set(v int) { i.y = v }

type Outer struct {
	inner
	*Other
	Name string
}

type Other struct{ Z int }

type Pt struct{ X, Y int }
