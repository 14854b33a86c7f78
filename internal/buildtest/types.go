package buildtest

// ExampleTypes is the types block of the example site's site.yaml (news,
// programs, projects), for test sites that have pages of those sections: a
// test in internal/build keeps it equal to the example site's.
const ExampleTypes = `types:
  news:
    sections: [news]
    schema: NewsArticle
    openGraph: article
    sort: {by: date, order: desc}
    fields:
      location: {kind: text}
      contact: {kind: email}
      source: {kind: text}
    jsonld:
      headline: title
      description: "@description"
      inLanguage: "@language"
      mainEntityOfPage: "@canonical"
      url: "@permalink"
      publisher: "@organization"
      datePublished: date
      dateModified: lastmod
      author: {from: author, as: Person, else: "@organization"}
      image: "@image"
  programs:
    sections: [programs]
    schema: EducationalOccupationalProgram
    sort: [{by: status}, {by: deadline, order: asc}]
    fields:
      status: {kind: enum, values: [open, upcoming, closed]}
      applyURL: {kind: url, label: apply}
      deadline: {kind: date}
      eligibility: {kind: text}
      events:
        kind: objects
        label: timeline
        fields:
          date: {kind: date, required: true}
          title: {kind: text, required: true}
    calendar:
      entries:
        - {each: events, start: date, title: title}
        - {start: deadline, label: deadline}
      only: {status: [open, upcoming]}
    jsonld:
      name: title
      description: "@description"
      url: "@permalink"
      inLanguage: "@language"
      provider: "@organization"
      applicationDeadline: deadline
      potentialAction: {from: applyURL, as: ApplyAction, key: target}
      event:
        from: events
        as: Event
        items: {name: title, startDate: date, organizer: "@organization"}
  projects:
    sections: [projects]
    schema: Project
    sort: {by: start, order: desc}
    fields:
      code: {kind: text}
      status: {kind: enum, values: [active, completed]}
      start: {kind: date}
      end: {kind: date}
      funding: {kind: text}
      coordinator: {kind: text}
      partners: {kind: list}
    jsonld:
      name: title
      description: "@description"
      url: "@permalink"
      identifier: code
      funder: {from: funding, as: Organization}
      member: {from: partners, as: Organization}
      foundingDate: start
      dissolutionDate: end
`
