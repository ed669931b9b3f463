package main

// Struct embedding: promoted fields and methods, shadowing, pointer embedding,
// multi-level promotion, method override.

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return a.Name + " animal" }
func (a *Animal) SetName(n string) { a.Name = n }
func (a Animal) Kind() string      { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Kind() string { return "dog" }

type Puppy struct {
	*Dog
	Age int
}

type Base struct{ ID int }

func (b Base) Hello() string { return "base hello" }

type Named struct{ Name string }

type Multi struct {
	Base
	Named
	ID string // shadows Base.ID
}

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	println(d.Name, d.Legs, d.Breed, d.Animal.Name)
	println(d.Describe(), d.Kind(), d.Animal.Kind())
	d.SetName("max")
	println("after SetName:", d.Name)
	p := Puppy{&d, 1}
	println("puppy:", p.Name, p.Breed, p.Age, p.Kind(), p.Describe())
	p.SetName("tiny")
	println("through pointer:", d.Name)
	p.Legs = 3
	println("legs via puppy:", d.Legs)
	m := Multi{Base{7}, Named{"n"}, "shadow"}
	println("multi:", m.ID, m.Base.ID, m.Name, m.Hello())
	f := d.Describe
	d.Name = "changed"
	println("method value bound earlier:", f())
	g := Dog.Kind
	println("method expr:", g(d))
	h := (*Animal).SetName
	h(&d.Animal, "via expr")
	println(d.Name)
}
