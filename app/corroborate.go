package app

import truthlens "github.com/truthlens/truthlens"

// storyCorroborate is story.Corroborate once the story engine provides it.
var storyCorroborate = func(truthlens.Story, map[string]*truthlens.Article) {}
