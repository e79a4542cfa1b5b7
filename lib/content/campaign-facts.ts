// Facts from the campaign's call to action that the site repeats in several places.
export const hashtag = "#weareALE";
export const socialHandles = ["@weareALE", "@weareale2025"];
export const raleUrl = "https://www.uil.unesco.org/en/articles/recommendation-adult-learning-and-education-2015";
export const confinteaUrl = "https://www.uil.unesco.org/en/confintea";
export const sdg4Url = "https://sdgs.un.org/goals/goal4";
