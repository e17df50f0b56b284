# Templates: the catalog behind File → New from Template… and `journeymap templates`,
# the names and guiding descriptions that a new map starts with, and the dialog.

## The catalog: one title and one line per template.
tpl-blank-title = Blank map
tpl-blank-description = Three numbered phases and the basic lanes: name them yourself.
tpl-digital-title = Digital customer journey
tpl-digital-description = Five phases from first awareness to loyal customer: the model most online marketing teams use.
tpl-ecommerce-title = E-commerce journey
tpl-ecommerce-description = An online shop's customer from awareness to advocacy, with a funnel of KPIs.
tpl-consulting-title = Consulting 5-phase model
tpl-consulting-description = From need recognition to review: for services and B2B, with the customer's and your goals.
tpl-kotler-title = Purchase decision process (Kotler)
tpl-kotler-description = Kotler's five stages of a purchase decision, from problem recognition to post-purchase behaviour.
tpl-buyers-title = Classic buyer's journey
tpl-buyers-description = The linear three-phase model from 1978: awareness, consideration, decision.
tpl-example-laptop-title = Example: laptop purchase in an online shop
tpl-example-laptop-description = A complete map with persona, touchpoints, KPIs and two emotion curves.
tpl-example-saas-title = Example: software trial to subscription
tpl-example-saas-description = A complete map of a project-management tool's free trial, with persona and KPIs.
tpl-example-workshop-title = Example: workshop starter
tpl-example-workshop-description = A buyer's journey with a sample card or two per lane, to fill in together.

## What a new map is called, and its first emotion curve.
tpl-untitled = Untitled journey
tpl-new-map-title = Untitled journey
tpl-blank-phase = Phase { $number }
tpl-curve-as-is = As-is

## Lanes.
tpl-lane-goals = Goals
tpl-lane-needs = Needs & goals
tpl-lane-customer-goals = Customer goals
tpl-lane-our-goals = Our goals
tpl-lane-touchpoints = Touchpoints
tpl-lane-actions = Customer actions
tpl-lane-thoughts = Thoughts & feelings
tpl-lane-emotion = Emotion
tpl-lane-pain-points = Pain points
tpl-lane-opportunities = Opportunities
tpl-lane-kpis = KPIs
tpl-lane-next-interaction = Next interaction

## Digital customer journey.
tpl-digital-awareness = Awareness
tpl-digital-awareness-hint = The customer notices a need and first meets the brand.
tpl-digital-interest = Interest
tpl-digital-interest-hint = They look for information and want to know more.
tpl-digital-decision = Decision
tpl-digital-decision-hint = They compare offers and choose one.
tpl-digital-action = Action
tpl-digital-action-hint = The purchase: ordering, paying, delivery.
tpl-digital-retention = Retention
tpl-digital-retention-hint = Using the product; staying a customer or leaving.

## E-commerce journey.
tpl-ecommerce-awareness = Awareness
tpl-ecommerce-awareness-hint = The shop or product catches the customer's eye.
tpl-ecommerce-consideration = Consideration
tpl-ecommerce-consideration-hint = Products, prices and shops are compared.
tpl-ecommerce-purchase = Purchase
tpl-ecommerce-purchase-hint = Basket, checkout, payment and delivery.
tpl-ecommerce-retention = Retention
tpl-ecommerce-retention-hint = After the purchase: service, returns, buying again.
tpl-ecommerce-advocacy = Advocacy
tpl-ecommerce-advocacy-hint = Happy customers review and recommend the shop.

## Consulting 5-phase model.
tpl-consulting-need = Need recognition
tpl-consulting-need-hint = The client realises they need outside help.
tpl-consulting-information = Information
tpl-consulting-information-hint = They look for providers, references and opinions.
tpl-consulting-decision = Decision
tpl-consulting-decision-hint = Proposals, negotiation and the signed contract.
tpl-consulting-retention = Retention
tpl-consulting-retention-hint = Working together; follow-up projects.
tpl-consulting-review = Review
tpl-consulting-review-hint = The client judges the result and tells others.

## Purchase decision process (Kotler).
tpl-kotler-problem = Problem recognition
tpl-kotler-problem-hint = A gap between what is and what should be starts the process.
tpl-kotler-search = Information search
tpl-kotler-search-hint = Inner and outer sources: memory, friends, web, shops.
tpl-kotler-evaluation = Evaluation of alternatives
tpl-kotler-evaluation-hint = The options are weighed against the buyer's criteria.
tpl-kotler-decision = Purchase decision
tpl-kotler-decision-hint = Which brand, where, when, how to pay.
tpl-kotler-post = Post-purchase behaviour
tpl-kotler-post-hint = Satisfaction or doubt; use, repurchase, word of mouth.

## Classic buyer's journey.
tpl-buyers-awareness = Awareness
tpl-buyers-awareness-hint = The buyer notices a problem or need.
tpl-buyers-consideration = Consideration
tpl-buyers-consideration-hint = They look for and compare solutions.
tpl-buyers-decision = Decision
tpl-buyers-decision-hint = They choose a solution and buy.

## Languages a template's content can be in.
tpl-lang-en = English
tpl-lang-de = German
tpl-content-in = Content in { $language }

## The dialog.
tpl-dialog-title = New from Template
tpl-dialog-intro = Start from a blank map, an established phase model or a complete example.
tpl-dialog-language = Language of the new map
tpl-dialog-models = Phase models
tpl-dialog-examples = Examples
tpl-dialog-examples-note = Examples keep the language they were written in.
tpl-dialog-phases = { $count ->
    [one] 1 phase
   *[other] { $count } phases
}
tpl-dialog-preview-loading = Drawing preview…
tpl-dialog-preview-failed = No preview: { $reason }
tpl-dialog-create = Create
tpl-dialog-cancel = Cancel
