// News and events as the campaign's source documents describe them (prisma/seed/sources). The
// wording is theirs; only page furniture (menus, comment prompts) and PDF-extraction damage
// ("rst" for "first") were left out or mended.

export type SeedNews = {
  slug: string;
  publishedAt: string;
  sourceUrl?: string;
  locale: string;
  title: string;
  summary: string;
  body: string;
};

export type SeedEvent = {
  slug: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  online: boolean;
  location: string;
  locale: string;
  title: string;
  summary: string;
  body: string;
};

export const seedEvents: SeedEvent[] = [
  {
    slug: "global-campaign-kick-off",
    // 22 March 2021, 2:00–3:30 pm Paris time (UTC+1 that day).
    startsAt: "2021-03-22T13:00:00Z",
    endsAt: "2021-03-22T14:30:00Z",
    timeZone: "Europe/Paris",
    online: true,
    location: "Virtual on Zoom",
    locale: "en",
    title: "WE ARE ALE – Global Campaign kick-off",
    summary:
      "Civil society organisations kick off a global campaign to advance and promote the concept and practice of adult learning and education (ALE).",
    body: [
      "Civil society organisations are getting ready to kick-off a global campaign to advance and promote the concept and practice of adult learning and education (ALE). For the first time, civil society organizations committed to ALE have come together to adopt a shared global definition of adult learning and education. Practitioners, learners and civil society representatives from five continents will speak with one voice proclaiming – we are ALE!",
      "The kick-off event will be the start of a five year global campaign to increase the visibility of adult learning and education worldwide, and to empower civil society to speak with one voice to advance the rights of all youth and adults to quality education and lifelong learning.",
      "> We are a global alliance of the main international actors in the field of Adult Learning and Education. We believe in the fundamental importance of ALE for achieving a healthy planet and a better world. By working together in the promotion of ALE as a global brand, we advocate for greater involvement and investment in ALE by governments, donors, private sector, international organizations and social movements.",
      "Let´s act together, support us in getting the world to know, understand and hear ALE!",
    ].join("\n\n"),
  },
];

export const seedNews: SeedNews[] = [
  {
    slug: "join-the-unesco-global-network-of-learning-cities",
    publishedAt: "2025-05-15T09:00:00Z",
    sourceUrl: "https://www.uil.unesco.org/en/learning-cities",
    locale: "en",
    title: "Join the UNESCO Global Network of Learning Cities!",
    summary:
      "UNESCO learning cities make lifelong learning a reality. Cities apply through their UNESCO National Commission by 15 June 2025; National Commissions submit up to three applications by 15 July 2025.",
    body: [
      "UNESCO learning cities across the globe make lifelong learning a reality. Whether they are megacities or smaller urban areas, all of them show how learning opportunities empower citizens of all ages when suitable policies and programmes are put in place. The currently 356 members of the network work closely together to share good practices, strategies and activities to ensure learning for young and old.",
      "The UNESCO GNLC is an international policy-oriented network providing inspiration, know-how and best practice. Members benefit from the sharing of lifelong learning policies and practices, the production and exchange of knowledge on key challenges and solutions, capacity-building and training initiatives, and participation in global events such as the International Conference on Learning Cities.",
      "## Becoming a learning city",
      "A learning city:",
      [
        "- effectively mobilizes resources in every sector to promote inclusive learning, from basic to higher education;",
        "- revitalizes learning in families and communities;",
        "- facilitates learning for and in the workplace;",
        "- extends the use of modern learning technologies;",
        "- enhances quality and excellence in learning;",
        "- fosters a culture of learning throughout life;",
      ].join("\n"),
      "… based on the humanistic values which guide UNESCO´s work in international cooperation.",
      "## Submit your application by 15 June 2025!",
      "Applications must be submitted to the UNESCO National Commission in your country by 15 June 2025 for endorsement and submission to the UNESCO Institute for Lifelong Learning.",
      "National Commissions for UNESCO are invited to submit up to three city membership applications no later than 15 July 2025.",
    ].join("\n\n"),
  },
  {
    slug: "aide-et-action-and-solidarite-laique-create-the-education-alliance",
    publishedAt: "2021-12-06T09:00:00Z",
    sourceUrl: "https://www.solidarite-laique.org",
    locale: "en",
    title: "Press release – Aide et Action and Solidarité Laïque create the “Education Alliance”",
    summary:
      "International associations Aide et Action and Solidarité Laïque create the “Education Alliance” to optimise the impact of their actions and build an ecosystem of French organisations acting internationally in education.",
    body: [
      "Paris, 1 December 2021. International associations Aide et Action and Solidarité Laïque create the “Education Alliance” in order to optimise the impact of their respective actions and to build, together, an ecosystem of French organisations acting internationally in the field of education.",
      "Aide et Action and Solidarité Laïque share the same position: education must be global, emancipating and inclusive; a common set of values and priorities; an identical conception of international solidarity; similar themes of commitment and intervention practices. This is why the two associations have decided to join forces and form a lasting partnership.",
      "End of November 2021, in Paris, Aide et Action and Solidarité Laïque have thus created the “Education Alliance” and have signed the deed of commitment which initiates a process of development of common initiatives. Through the implementation of adapted and innovative responses, the aim is to support the world's most fragile populations in the face of the challenges and realities they face.",
      "## Education as a key to sustainable responses",
      "In a world that has become increasingly complex and interdependent, the crises – health, social, economic, migratory, security, climatic, political, etc. – that many populations suffer are multiplying. The two associations are convinced that education is and remains a fundamental right, a lever for human development, autonomy and emancipation of individuals. Because it is a way to build a more peaceful and sustainable world, it is the most efficient response to current challenges.",
      "Encouraged by their members, their technical and financial partners, and with the strength of their know-how, Aide et Action and Solidarité Laïque have joined forces to provide systemic responses linking, in particular, education, integration, health, environment and culture; coordinated responses, thought out over the long term and conceived in a multi-actor and partnership logic, which are now, more than ever, relevant; responses that are valid at all levels, geographical and political.",
      "## What is the purpose of this Alliance?",
      "To promote endogenous development, a factor of autonomy and resilience, for the populations and actors involved. Priority areas (including education for citizenship, employability of young people and women, the right to education and support for the resilience of populations, the right to education and child protection) and cross-cutting areas (peace, security, climate and environment, demography and migration, inclusion and gender) have been identified. A logic of experimentation, valorisation and deployment; the systematisation of quality research; as well as the pooling of skills will reinforce the impact of the actions carried out, together, for a better access to quality education for all in the world.",
      "## A pre-existing collaboration",
      "For several years now, Aide et Action and Solidarité Laïque have been collaborating regularly on two major issues:",
      [
        "1. Within several collectives, advocacy for the right to education for all, for official development assistance, and for international cooperation and solidarity. For example, the two associations contributed to the creation of the Education Coalition, which they took it in turns to lead.",
        "2. International action, based on common priority themes for action¹, by carrying out complementary actions on several common territories, such as in sub-Saharan Africa, with the “Skills for Tomorrow” and “Together for Crisis Resilient Public Education” projects, and “SANDRATA” in Madagascar, where the school is a “vector of social change”; in Haiti, it is a “school for social change”.",
      ].join("\n"),
      "## Opening the Alliance to other French associations and organisations",
      "> The Alliance could develop by integrating new associations and organisations, under French law, non-denominational, which would share the same values and bring it added value (…) Because education is an issue of crucial importance, because it constitutes a major lever in the resolution of the crises that humans, and all living things, are experiencing today, it deserves that we unite and mutualise our forces.",
      "— Charles-Emmanuel Ballanger, International Director General of Aide et Action, and Alain Canonne, General Delegate of Solidarité Laïque",
      "¹ The shared priority themes: access to quality education for all, non-marketed, everywhere in the world; social and professional integration of young people, their construction as citizens; protection and harmonious development of the child in a global approach.",
    ].join("\n\n"),
  },
];
