package main

import "math/rand"

func floats(r *rand.Rand) {}
